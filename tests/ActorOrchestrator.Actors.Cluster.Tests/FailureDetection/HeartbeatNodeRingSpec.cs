using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.FailureDetection;

public sealed class HeartbeatNodeRingSpec
{
    private static readonly UniqueAddress[] Twenty = [.. Enumerable.Range(1, 20).Select(i => At($"node-{i:00}"))];

    [Fact]
    public void In_a_small_cluster_every_member_monitors_every_other()
    {
        var ring = new HeartbeatNodeRing(A, [A, B, C, D, E], [], monitoredByNrOfMembers: 9);

        Assert.Equal([B, C, D, E], ring.Receivers);
        Assert.Equal([A, B, C, E], ring.ReceiversOf(D));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(9)]
    public void In_a_large_cluster_each_member_monitors_and_is_monitored_by_exactly_the_configured_number(int monitoredBy)
    {
        var ring = new HeartbeatNodeRing(Twenty[0], Twenty, [], monitoredBy);

        var monitors = Twenty.ToDictionary(node => node, _ => 0);
        foreach (var sender in Twenty)
        {
            var receivers = ring.ReceiversOf(sender);
            Assert.Equal(monitoredBy, receivers.Count);
            Assert.DoesNotContain(sender, receivers);
            foreach (var receiver in receivers)
            {
                monitors[receiver]++;
            }
        }
        Assert.All(monitors.Values, count => Assert.Equal(monitoredBy, count));
    }

    [Fact]
    public void Every_member_computes_the_same_ring_whatever_order_it_learnt_the_members_in()
    {
        var one = new HeartbeatNodeRing(Twenty[3], Twenty, [], 5);
        var other = new HeartbeatNodeRing(Twenty[3], Twenty.Reverse(), [], 5);

        Assert.Equal(one.Ring.ToArray(), other.Ring.ToArray());
        Assert.Equal(one.Receivers, other.Receivers);
        Assert.NotEqual(Twenty, one.Ring.ToArray());
    }

    [Fact]
    public void Unreachable_members_are_kept_but_the_count_of_reachable_receivers_is_filled_up()
    {
        var self = Twenty[0];
        var all = new HeartbeatNodeRing(self, Twenty, [], 3);
        var clockwise = Clockwise(all, self);
        var firstTwo = clockwise.Take(2).ToList();

        var ring = new HeartbeatNodeRing(self, Twenty, firstTwo, 3);

        Assert.Equal(clockwise.Take(3).ToHashSet(), all.Receivers.ToHashSet());
        Assert.Equal(clockwise.Take(5).ToHashSet(), ring.Receivers.ToHashSet());
    }

    [Fact]
    public void At_most_as_many_unreachable_members_as_receivers_are_kept()
    {
        var self = Twenty[0];
        var clockwise = Clockwise(new HeartbeatNodeRing(self, Twenty, [], 2), self);

        var ring = new HeartbeatNodeRing(self, Twenty, clockwise.Take(5), 2);

        Assert.Equal(clockwise.Take(2).Concat(clockwise.Skip(5).Take(2)).ToHashSet(), ring.Receivers.ToHashSet());
    }

    /// <summary>The other members in ring order, starting after <paramref name="self"/>.</summary>
    private static List<UniqueAddress> Clockwise(HeartbeatNodeRing ring, UniqueAddress self)
    {
        var position = ring.Ring.IndexOf(self);
        return [.. ring.Ring.Skip(position + 1).Concat(ring.Ring.Take(position))];
    }
}
