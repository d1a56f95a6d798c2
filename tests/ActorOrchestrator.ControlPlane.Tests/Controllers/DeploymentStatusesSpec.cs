using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.ControlPlane.Controllers.Deployments;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class DeploymentStatusesSpec
{
    [Fact]
    public void The_status_sums_the_replica_sets_and_is_available_at_desired_minus_max_unavailable()
    {
        var deployment = ControllerObjects.Deployment(replicas: 4, maxSurge: 1, maxUnavailable: 1);
        deployment = deployment with { Metadata = deployment.Metadata with { Generation = 2 } };
        var old = ControllerObjects.ReplicaSet("web-old", 2, available: 2);
        var fresh = ControllerObjects.ReplicaSet("web-new", 3, available: 1);

        var status = DeploymentStatuses.Calculate([old, fresh], fresh, deployment, ControllerObjects.Epoch);

        Assert.Equal((2L, 5, 3, 3, 2), (status.ObservedGeneration!.Value, status.Replicas!.Value, status.UpdatedReplicas!.Value,
            status.AvailableReplicas!.Value, status.UnavailableReplicas!.Value));
        var available = Assert.Single(status.Conditions!);
        Assert.Equal(("Available", "True", "MinimumReplicasAvailable"), (available.Type, available.Status, available.Reason));

        var short1 = DeploymentStatuses.Calculate([fresh], fresh, deployment, ControllerObjects.Epoch);
        Assert.Equal(("False", "MinimumReplicasUnavailable"), (short1.Conditions![0].Status, short1.Conditions[0].Reason));
    }

    [Fact]
    public void Complete_needs_every_replica_updated_and_available_and_the_generation_observed()
    {
        var deployment = ControllerObjects.Deployment(replicas: 3);
        deployment = deployment with { Metadata = deployment.Metadata with { Generation = 5 } };
        var done = new DeploymentStatus { ObservedGeneration = 5, Replicas = 3, UpdatedReplicas = 3, AvailableReplicas = 3 };

        Assert.True(DeploymentStatuses.IsComplete(deployment, done));
        Assert.False(DeploymentStatuses.IsComplete(deployment, done with { ObservedGeneration = 4 }));
        Assert.False(DeploymentStatuses.IsComplete(deployment, done with { Replicas = 4 }));
        Assert.False(DeploymentStatuses.IsComplete(deployment, done with { AvailableReplicas = 2 }));
    }

    [Fact]
    public void A_rollout_times_out_once_its_progress_condition_is_older_than_the_deadline()
    {
        var deployment = ControllerObjects.Deployment() with { };
        deployment = deployment with { Spec = deployment.Spec with { ProgressDeadlineSeconds = 30 } };
        var status = new DeploymentStatus
        {
            Conditions = [DeploymentConditions.New("Progressing", "True", "ReplicaSetUpdated", "ReplicaSet \"web-1\" is progressing.", ControllerObjects.Epoch)],
        };

        Assert.False(DeploymentStatuses.HasTimedOut(deployment, status, ControllerObjects.Epoch.AddSeconds(30)));
        Assert.True(DeploymentStatuses.HasTimedOut(deployment, status, ControllerObjects.Epoch.AddSeconds(31)));
        Assert.Equal(TimeSpan.FromSeconds(21), DeploymentStatuses.StuckRecheck(deployment with { Status = status }, status, ControllerObjects.Epoch.AddSeconds(10)));
    }

    [Fact]
    public void Setting_a_condition_with_the_same_status_keeps_its_transition_time()
    {
        var first = DeploymentConditions.New("Progressing", "True", "NewReplicaSetCreated", "Created new replica set \"web-1\"", ControllerObjects.Epoch);
        var later = DeploymentConditions.New("Progressing", "True", "NewReplicaSetAvailable", "ReplicaSet \"web-1\" has successfully progressed.", ControllerObjects.Epoch.AddMinutes(1));

        var status = DeploymentConditions.Set(DeploymentConditions.Set(new DeploymentStatus(), first), later);

        var condition = Assert.Single(status.Conditions!);
        Assert.Equal(("NewReplicaSetAvailable", ControllerObjects.Epoch, ControllerObjects.Epoch.AddMinutes(1)),
            (condition.Reason, condition.LastTransitionTime!.Value, condition.LastUpdateTime!.Value));
    }
}
