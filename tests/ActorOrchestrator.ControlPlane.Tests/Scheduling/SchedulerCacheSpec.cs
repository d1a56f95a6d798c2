using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

public sealed class SchedulerCacheSpec
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_bound_pod_counts_on_its_node_until_it_finishes()
    {
        var cache = Cache(Node("n1"));
        var running = Pod("a", cpu: "1", nodeName: "n1", phase: "Running");

        Assert.False(cache.SetPod(Info(running)));
        Assert.Equal(1000, cache.Node("n1")!.Requested.CpuMilli);

        Assert.True(cache.SetPod(Info(running with { Status = new() { Phase = "Succeeded" } })));
        Assert.Equal(0, cache.Node("n1")!.Requested.CpuMilli);
        Assert.Equal(0, cache.Node("n1")!.PodCount);
    }

    [Fact]
    public void An_assumed_pod_counts_at_once_and_is_kept_while_the_view_still_shows_it_pending()
    {
        var cache = Cache(Node("n1"));
        var pending = PendingInfo("a", cpu: "1");

        cache.Assume(pending, "n1");
        Assert.False(cache.SetPod(pending));

        Assert.True(cache.IsAssumed(pending.Key));
        Assert.Equal(1000, cache.Node("n1")!.Requested.CpuMilli);
    }

    [Fact]
    public void The_binding_showing_in_the_view_confirms_the_assumption_without_counting_twice()
    {
        var cache = Cache(Node("n1"));
        var pending = PendingInfo("a", cpu: "1");
        cache.Assume(pending, "n1");

        Assert.True(cache.ConfirmOn(pending.Key, "n1"));
        cache.SetPod(Info(Pod("a", cpu: "1", nodeName: "n1")));

        Assert.False(cache.IsAssumed(pending.Key));
        Assert.Equal(1, cache.Node("n1")!.PodCount);
        Assert.Equal(1000, cache.Node("n1")!.Requested.CpuMilli);
        Assert.False(cache.Forget(pending.Key));
    }

    [Fact]
    public void A_pod_bound_elsewhere_than_assumed_moves_to_that_node()
    {
        var cache = Cache(Node("n1"), Node("n2"));
        var pending = PendingInfo("a", cpu: "1");
        cache.Assume(pending, "n1");

        Assert.False(cache.ConfirmOn(pending.Key, "n2"));
        Assert.True(cache.SetPod(Info(Pod("a", cpu: "1", nodeName: "n2"))));

        Assert.Equal(0, cache.Node("n1")!.PodCount);
        Assert.Equal(1, cache.Node("n2")!.PodCount);
    }

    [Fact]
    public void A_forgotten_assumption_frees_its_node()
    {
        var cache = Cache(Node("n1"));
        var pending = PendingInfo("a", cpu: "1", owner: "rs");
        cache.Assume(pending, "n1");

        Assert.True(cache.Forget(pending.Key));

        Assert.Equal(0, cache.Node("n1")!.Requested.CpuMilli);
        Assert.Equal(0, cache.Node("n1")!.PodsOfController("uid-rs"));
        Assert.Equal(0, cache.AssumedCount);
    }

    [Fact]
    public void Acknowledged_assumptions_expire_after_their_deadline_and_unacknowledged_ones_never()
    {
        var cache = Cache(Node("n1"));
        var acknowledged = PendingInfo("a");
        var inFlight = PendingInfo("b");
        cache.Assume(acknowledged, "n1");
        cache.Assume(inFlight, "n1");
        cache.FinishBinding(acknowledged.Key, Now.AddSeconds(30));

        Assert.Empty(cache.ExpireAssumed(Now.AddSeconds(29)));
        Assert.Equal([acknowledged.Key], cache.ExpireAssumed(Now.AddSeconds(30)));
        Assert.Equal(1, cache.Node("n1")!.PodCount);
        Assert.Empty(cache.ExpireAssumed(DateTimeOffset.MaxValue.AddDays(-1)));
    }

    [Fact]
    public void Pods_bound_to_a_node_not_seen_yet_are_counted_once_it_appears()
    {
        var cache = new SchedulerCache();
        cache.SetPod(Info(Pod("early", cpu: "2", nodeName: "late")));

        Assert.Empty(cache.Nodes);
        cache.SetNode(Node("late"));

        Assert.Equal(2000, Assert.Single(cache.Nodes).Requested.CpuMilli);
    }

    [Fact]
    public void A_removed_node_leaves_the_search_and_the_others_stay()
    {
        var cache = Cache(Node("n1"), Node("n2"), Node("n3"));

        cache.RemoveNode("n1");

        Assert.Equal(["n2", "n3"], cache.Nodes.Select(n => n.Name).Order());
        Assert.Null(cache.Node("n1"));
    }

    [Fact]
    public void A_heartbeat_does_not_count_as_a_change_that_may_make_room_but_new_capacity_does()
    {
        var cache = Cache(Node("n1", cpu: "4"));
        var heartbeat = Node("n1", cpu: "4");
        heartbeat = heartbeat with
        {
            Status = heartbeat.Status! with { Conditions = [new() { Type = "Ready", Status = "True", LastHeartbeatTime = Now }] },
        };

        Assert.False(cache.SetNode(heartbeat));
        Assert.True(cache.SetNode(Node("n1", cpu: "8")));
        Assert.True(cache.SetNode(Node("n1", cpu: "8", unschedulable: true)));
        Assert.True(cache.SetNode(Node("n2")));
    }
}
