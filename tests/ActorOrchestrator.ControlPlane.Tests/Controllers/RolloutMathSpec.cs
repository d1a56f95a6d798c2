using ActorOrchestrator.Api.Quantities;
using ActorOrchestrator.ControlPlane.Controllers.Deployments;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class RolloutMathSpec
{
    [Theory]
    [InlineData("25%", "25%", 10, 3, 2)]   // surge rounds up, unavailable down
    [InlineData("25%", "25%", 1, 1, 0)]
    [InlineData("25%", "25%", 4, 1, 1)]
    [InlineData("0", "0", 5, 0, 1)]        // both zero would block the rollout: one may be unavailable
    [InlineData("0%", "0%", 5, 0, 1)]
    [InlineData("2", "0", 5, 2, 0)]
    [InlineData("50%", "33%", 3, 2, 0)]
    public void Surge_rounds_up_and_unavailable_rounds_down(string surge, string unavailable, int desired, int expectedSurge, int expectedUnavailable)
    {
        var (actualSurge, actualUnavailable) = RolloutMath.ResolveFenceposts(Parse(surge), Parse(unavailable), desired);

        Assert.Equal((expectedSurge, expectedUnavailable), (actualSurge, actualUnavailable));
    }

    [Fact]
    public void Max_unavailable_never_exceeds_the_desired_replicas_and_is_zero_for_recreate()
    {
        Assert.Equal(2, RolloutMath.MaxUnavailable(ControllerObjects.Deployment(replicas: 2, maxUnavailable: 5)));
        Assert.Equal(0, RolloutMath.MaxUnavailable(ControllerObjects.Deployment(replicas: 0, maxUnavailable: 5)));
        Assert.Equal(0, RolloutMath.MaxUnavailable(ControllerObjects.Deployment(strategy: "Recreate")));
        Assert.Equal(0, RolloutMath.MaxSurge(ControllerObjects.Deployment(strategy: "Recreate")));
    }

    [Fact]
    public void The_new_replica_set_grows_by_the_surge_left_over_the_total_and_never_past_desired()
    {
        var deployment = ControllerObjects.Deployment(replicas: 10, maxSurge: 3, maxUnavailable: 0);
        var old = ControllerObjects.ReplicaSet("web-old", 10, available: 10);
        var fresh = ControllerObjects.ReplicaSet("web-new", 0);

        Assert.Equal(3, RolloutMath.NewReplicaSetReplicas(deployment, [old, fresh], fresh));
        Assert.Equal(3, RolloutMath.NewReplicaSetReplicas(deployment, [old with { Spec = old.Spec with { Replicas = 10 } }, fresh with { Spec = fresh.Spec with { Replicas = 3 } }], fresh with { Spec = fresh.Spec with { Replicas = 3 } }));
        Assert.Equal(10, RolloutMath.NewReplicaSetReplicas(deployment, [ControllerObjects.ReplicaSet("web-old", 0), ControllerObjects.ReplicaSet("web-new", 8)], ControllerObjects.ReplicaSet("web-new", 8)));
    }

    [Fact]
    public void Recreate_scales_the_new_replica_set_straight_to_desired()
    {
        var deployment = ControllerObjects.Deployment(replicas: 4, strategy: "Recreate");
        var fresh = ControllerObjects.ReplicaSet("web-new", 0);

        Assert.Equal(4, RolloutMath.NewReplicaSetReplicas(deployment, [fresh], fresh));
    }

    [Fact]
    public void A_replica_set_is_saturated_only_with_all_desired_replicas_available_and_annotated()
    {
        var deployment = ControllerObjects.Deployment(replicas: 3);
        var rs = ControllerObjects.ReplicaSet("web-new", 3, available: 3);
        var annotated = rs with
        {
            Metadata = rs.Metadata with { Annotations = new Dictionary<string, string> { [DeploymentAnnotations.DesiredReplicas] = "3" } },
        };

        Assert.False(RolloutMath.IsSaturated(deployment, rs));
        Assert.True(RolloutMath.IsSaturated(deployment, annotated));
        Assert.False(RolloutMath.IsSaturated(deployment, annotated with { Status = annotated.Status! with { AvailableReplicas = 2 } }));
    }

    [Fact]
    public void Scaling_mid_rollout_gives_each_replica_set_its_share_by_size()
    {
        // 10 -> 20 replicas while old has 8 and new 5 (max before: 10 + 3 surge = 13, now 20 + 5 = 25).
        var deployment = ControllerObjects.Deployment(replicas: 20, maxSurge: "25%", maxUnavailable: "25%");
        var old = Annotated(ControllerObjects.ReplicaSet("web-old", 8), max: 13);
        var fresh = Annotated(ControllerObjects.ReplicaSet("web-new", 5), max: 13);
        var toAdd = 25 - 13;

        var oldShare = RolloutMath.Proportion(old, deployment, toAdd, 0);
        var newShare = RolloutMath.Proportion(fresh, deployment, toAdd, oldShare);

        Assert.Equal(7, oldShare);   // round(8 * 25 / 13) - 8 = 15 - 8
        Assert.Equal(5, newShare);   // min(round(5 * 25 / 13) - 5 = 5, 12 - 7)
    }

    private static Api.Apps.ReplicaSet Annotated(Api.Apps.ReplicaSet rs, int max) => rs with
    {
        Metadata = rs.Metadata with { Annotations = new Dictionary<string, string> { [DeploymentAnnotations.MaxReplicas] = max.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
    };

    private static IntOrString Parse(string value) =>
        int.TryParse(value, out var number) ? IntOrString.FromInt(number) : IntOrString.FromString(value);
}
