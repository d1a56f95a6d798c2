using ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class ReplicaSetStatusesSpec
{
    [Fact]
    public void Pods_count_as_available_only_after_min_ready_seconds_and_the_status_asks_to_be_rewritten_then()
    {
        var rs = ControllerObjects.ReplicaSet("web-abc", 3) with { Status = null };
        rs = rs with { Metadata = rs.Metadata with { Generation = 4 }, Spec = rs.Spec with { MinReadySeconds = 60 } };
        var pods = new[]
        {
            ControllerObjects.Pod("long-ready", readyForSeconds: 300),
            ControllerObjects.Pod("just-ready", readyForSeconds: 20),
            ControllerObjects.Pod("not-ready", ready: false),
        };

        var status = ReplicaSetStatuses.Calculate(rs, pods, terminatingPods: 1, failure: null, ControllerObjects.Epoch);
        var next = ReplicaSetStatuses.NextAvailability(rs, pods, ControllerObjects.Epoch);

        Assert.Equal((3, 3, 2, 1, 1, 4L), (status.Replicas, status.FullyLabeledReplicas, status.ReadyReplicas, status.AvailableReplicas,
            status.TerminatingReplicas, status.ObservedGeneration));
        Assert.Equal(ControllerObjects.Epoch.AddSeconds(40), next);
    }

    [Fact]
    public void A_create_failure_sets_ReplicaFailure_once_and_success_removes_it()
    {
        var rs = ControllerObjects.ReplicaSet("web-abc", 3);

        var failed = rs with
        {
            Status = ReplicaSetStatuses.Calculate(rs, [], 0, new ManageFailure("FailedCreate", "Error creating: pods \"x\" is forbidden"), ControllerObjects.Epoch),
        };
        var failedAgain = ReplicaSetStatuses.Calculate(failed, [], 0, new ManageFailure("FailedCreate", "other"), ControllerObjects.Epoch.AddMinutes(1));
        var recovered = ReplicaSetStatuses.Calculate(failed, [], 0, null, ControllerObjects.Epoch.AddMinutes(2));

        var condition = Assert.Single(failed.Status!.Conditions!);
        Assert.Equal(("ReplicaFailure", "True", "FailedCreate"), (condition.Type, condition.Status, condition.Reason));
        Assert.Equal(condition, Assert.Single(failedAgain.Conditions!));
        Assert.Null(recovered.Conditions);
    }

    [Fact]
    public void Only_pods_carrying_every_template_label_are_fully_labeled()
    {
        var rs = ControllerObjects.ReplicaSet("web-abc", 2);
        rs = rs with
        {
            Spec = rs.Spec with
            {
                Template = rs.Spec.Template with
                {
                    Metadata = rs.Spec.Template.Metadata with { Labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" } },
                },
            },
        };
        var pods = new[]
        {
            ControllerObjects.Pod("full", labels: new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front", ["extra"] = "x" }),
            ControllerObjects.Pod("partial"),
        };

        Assert.Equal(1, ReplicaSetStatuses.Calculate(rs, pods, 0, null, ControllerObjects.Epoch).FullyLabeledReplicas);
    }

    [Fact]
    public void Terminating_and_finished_pods_are_not_active()
    {
        var running = ControllerObjects.Pod("running");
        var terminating = running with { Metadata = running.Metadata with { DeletionTimestamp = ControllerObjects.Epoch } };

        Assert.True(PodStates.IsActive(running));
        Assert.False(PodStates.IsActive(terminating));
        Assert.False(PodStates.IsActive(ControllerObjects.Pod("done", phase: "Succeeded")));
        Assert.False(PodStates.IsActive(ControllerObjects.Pod("failed", phase: "Failed")));
    }
}
