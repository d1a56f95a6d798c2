using ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class PodDeletionOrderSpec
{
    [Fact]
    public void A_shrinking_replica_set_deletes_the_least_valuable_pods_first()
    {
        var veteran = ControllerObjects.Pod("veteran", secondsOld: 9000, readyForSeconds: 8000);
        var pods = new[]
        {
            veteran,
            ControllerObjects.Pod("fresh-ready", secondsOld: 100, readyForSeconds: 50),
            ControllerObjects.Pod("crashing", restarts: 5, secondsOld: 9000, readyForSeconds: 8000),
            ControllerObjects.Pod("not-ready", ready: false),
            ControllerObjects.Pod("unknown", phase: "Unknown", ready: false),
            ControllerObjects.Pod("pending", phase: "Pending", ready: false),
            ControllerObjects.Pod("unassigned", node: null, phase: "Pending", ready: false),
        };

        var order = pods.Order(PodDeletionOrder.Instance).Select(pod => pod.Metadata.Name).ToList();

        Assert.Equal(["unassigned", "pending", "unknown", "not-ready", "fresh-ready", "crashing", "veteran"], order);
    }

    [Fact]
    public void Among_equal_pods_the_newer_goes_first()
    {
        var older = ControllerObjects.Pod("older", secondsOld: 500, readyForSeconds: 100);
        var newer = ControllerObjects.Pod("newer", secondsOld: 200, readyForSeconds: 100);

        Assert.Equal(["newer", "older"], new[] { older, newer }.Order(PodDeletionOrder.Instance).Select(pod => pod.Metadata.Name));
    }

    [Fact]
    public void Plan_deletes_only_the_surplus_and_creates_only_the_shortfall()
    {
        var pods = Enumerable.Range(0, 5).Select(i => ControllerObjects.Pod($"p{i}", secondsOld: 100 * (i + 1))).ToList();

        var shrink = ReplicaSetPlan.For(3, pods);
        var grow = ReplicaSetPlan.For(8, pods);

        Assert.Equal(["p0", "p1"], shrink.Delete.Select(pod => pod.Metadata.Name));
        Assert.Equal(0, shrink.Create);
        Assert.Equal(3, grow.Create);
        Assert.Empty(grow.Delete);
        Assert.Same(ReplicaSetPlan.Nothing, ReplicaSetPlan.For(5, pods));
        Assert.Equal(ReplicaSetPlan.Burst, ReplicaSetPlan.For(10_000, pods).Create);
    }
}
