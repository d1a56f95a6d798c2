using ActorOrchestrator.ControlPlane.Scheduling.Queue;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

public sealed class SchedulingQueueSpec
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Higher_priority_pods_come_first_then_first_come_first_served()
    {
        var queue = new SchedulingQueue();
        queue.Add(PendingInfo("low-1"));
        queue.Add(PendingInfo("high", spec: s => s with { Priority = 1000 }));
        queue.Add(PendingInfo("low-2"));

        Assert.Equal(["high", "low-1", "low-2"], Drain(queue));
    }

    [Fact]
    public void An_update_of_a_queued_pod_keeps_its_place_with_the_newer_object()
    {
        var queue = new SchedulingQueue();
        queue.Add(PendingInfo("a"));
        queue.Add(PendingInfo("b"));
        queue.Add(PendingInfo("a", cpu: "2"));

        Assert.True(queue.TryPop(out var first));
        Assert.Equal(("a", 2000L), (first.Key.Name, first.Requests.CpuMilli));
        Assert.Equal(["b"], Drain(queue));
    }

    [Fact]
    public void Unschedulable_pods_wait_until_activated_or_until_their_spec_changes()
    {
        var queue = new SchedulingQueue();
        queue.AddUnschedulable(PendingInfo("stuck"));
        queue.AddUnschedulable(PendingInfo("edited"));

        queue.Add(PendingInfo("stuck"));
        var edited = PendingInfo("edited");
        queue.Add(edited with { Pod = edited.Pod with { Metadata = edited.Pod.Metadata with { Generation = 2 } } });

        Assert.Equal(["edited"], Drain(queue));
        Assert.Equal(1, queue.UnschedulableCount);
        Assert.Equal(1, queue.ActivateUnschedulable());
        Assert.Equal(["stuck"], Drain(queue));
        Assert.Equal(0, queue.UnschedulableCount);
    }

    [Fact]
    public void Pods_backing_off_come_back_when_their_wait_is_over()
    {
        var queue = new SchedulingQueue();
        queue.AddBackoff(PendingInfo("soon"), Now.AddSeconds(1));
        queue.AddBackoff(PendingInfo("later"), Now.AddSeconds(5));

        Assert.Empty(Drain(queue));
        Assert.Equal(Now.AddSeconds(5), queue.ActivateBackoff(Now.AddSeconds(1)));
        Assert.Equal(["soon"], Drain(queue));
        Assert.Null(queue.ActivateBackoff(Now.AddSeconds(5)));
        Assert.Equal(["later"], Drain(queue));
        Assert.Equal(0, queue.BackoffCount);
    }

    [Fact]
    public void A_removed_pod_is_never_popped()
    {
        var queue = new SchedulingQueue();
        queue.Add(PendingInfo("gone"));
        queue.Add(PendingInfo("kept"));

        queue.Remove(Key("gone"));

        Assert.Equal(["kept"], Drain(queue));
        Assert.Equal(0, queue.ActiveCount);
    }

    private static List<string> Drain(SchedulingQueue queue)
    {
        var names = new List<string>();
        while (queue.TryPop(out var pod))
        {
            names.Add(pod.Key.Name);
        }
        return names;
    }
}
