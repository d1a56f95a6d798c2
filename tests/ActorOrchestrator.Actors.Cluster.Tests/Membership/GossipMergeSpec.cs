using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class GossipMergeSpec
{
    private static readonly DateTimeOffset Noon = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Four views of one cluster that diverged: different statuses, reachability, removals and seen sets.</summary>
    private static readonly Gossip[] Views =
    [
        Gossip.Of([Up(A, 1), Up(B, 2), Joining(C)])
            .WithReachability(Reachability.Empty.Unreachable(A, C))
            .Increment(A).Seen(A).Seen(B),
        Gossip.Of([Up(A, 1), Up(B, 2).WithStatus(MemberStatus.Leaving), Joining(D, "worker")])
            .Increment(B).Seen(B),
        Gossip.Of([Up(A, 1).WithStatus(MemberStatus.Down), Up(B, 2), Up(C, 3), Up(E, 4)])
            .WithReachability(Reachability.Empty.Unreachable(B, A).Unreachable(C, E))
            .Remove(E, Noon)
            .Increment(C).Increment(C).Seen(C),
        Gossip.Of([Up(A, 1), InStatus(B, MemberStatus.Exiting, upNumber: 2), Joining(C).WithStatus(MemberStatus.WeaklyUp)])
            .WithReachability(Reachability.Empty.Unreachable(A, C).Reachable(A, C).Unreachable(B, C))
            .Increment(A).Increment(A).Increment(B),
    ];

    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        for (var i = 0; i < Views.Length; i++)
        {
            for (var j = 0; j < Views.Length; j++)
            {
                data.Add(i, j);
            }
        }
        return data;
    }

    public static TheoryData<int, int, int> Triples()
    {
        var data = new TheoryData<int, int, int>();
        for (var i = 0; i < Views.Length; i++)
        {
            for (var j = 0; j < Views.Length; j++)
            {
                for (var k = 0; k < Views.Length; k++)
                {
                    data.Add(i, j, k);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Merge_is_commutative(int left, int right)
    {
        Assert.Equal(Views[left].Merge(Views[right]), Views[right].Merge(Views[left]));
    }

    [Theory]
    [MemberData(nameof(Triples))]
    public void Merge_is_associative(int first, int second, int third)
    {
        var (a, b, c) = (Views[first], Views[second], Views[third]);

        Assert.Equal(a.Merge(b).Merge(c), a.Merge(b.Merge(c)));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Merge_is_idempotent(int left, int right)
    {
        var (a, b) = (Views[left], Views[right]);

        Assert.Equal(a.ClearSeen(), a.Merge(a));
        Assert.Equal(a.Merge(b), a.Merge(b).Merge(b));
    }

    [Fact]
    public void The_member_further_along_its_life_cycle_wins()
    {
        var merged = Views[0].Merge(Views[1]).Merge(Views[2]).Merge(Views[3]);

        Assert.Equal(MemberStatus.Down, merged.MemberOf(A)!.Status);
        Assert.Equal(MemberStatus.Exiting, merged.MemberOf(B)!.Status);
        Assert.Equal(MemberStatus.Up, merged.MemberOf(C)!.Status);
        Assert.Equal(3, merged.MemberOf(C)!.UpNumber);
        Assert.Equal(MemberStatus.Joining, merged.MemberOf(D)!.Status);
    }

    [Fact]
    public void For_equal_status_the_older_member_wins()
    {
        var merged = Gossip.Of([Up(A, 5)]).Increment(A).Merge(Gossip.Of([Up(A, 2)]).Increment(B));

        Assert.Equal(2, merged.MemberOf(A)!.UpNumber);
    }

    [Fact]
    public void A_removed_member_stays_removed_whatever_a_stale_gossip_says()
    {
        var merged = Views[2].Merge(Views[0].WithMember(Up(E, 4)));

        Assert.False(merged.HasMember(E));
        Assert.True(merged.IsRemoved(E));
        Assert.Equal(Noon, merged.Tombstones[E]);
        Assert.DoesNotContain(E, merged.Reachability.AllUnreachableOrTerminated);
    }

    [Fact]
    public void The_merged_version_is_after_both_and_nobody_has_seen_it()
    {
        var merged = Views[0].Merge(Views[2]);

        Assert.Equal(VectorClockOrdering.After, merged.Version.Compare(Views[0].Version));
        Assert.Equal(VectorClockOrdering.After, merged.Version.Compare(Views[2].Version));
        Assert.Empty(merged.Overview.Seen);
    }

    [Fact]
    public void Reachability_takes_each_observers_newer_observations()
    {
        var merged = Views[0].Merge(Views[3]);

        Assert.Equal([B], merged.Reachability.ObserversOf(C));
        Assert.Equal(ReachabilityStatus.Reachable, merged.Reachability.StatusOf(A, C));
        Assert.Equal(2, merged.Reachability.Versions[A]);
    }

    [Fact]
    public void Remove_forgets_the_member_everywhere_and_leaves_a_tombstone()
    {
        var gossip = Gossip.Of([Up(A, 1), Up(B, 2)])
            .WithReachability(Reachability.Empty.Unreachable(A, B).Unreachable(B, A))
            .Increment(A).Increment(B).Seen(A).Seen(B);

        var removed = gossip.Remove(B, Noon);

        Assert.False(removed.HasMember(B));
        Assert.False(removed.SeenBy(B));
        Assert.True(removed.Reachability.IsAllReachable);
        Assert.Equal(0, removed.Version.VersionOf(B));
        Assert.Equal(Noon, removed.Tombstones[B]);
        Assert.Empty(removed.PruneTombstones(Noon.AddTicks(1)).Tombstones);
        Assert.Single(removed.PruneTombstones(Noon).Tombstones);
    }
}
