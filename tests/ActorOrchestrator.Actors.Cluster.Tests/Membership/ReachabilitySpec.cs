using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class ReachabilitySpec
{
    private static readonly HashSet<UniqueAddress> Everyone = [A, B, C, D, E];

    [Fact]
    public void One_observer_is_enough_to_make_a_member_unreachable()
    {
        var table = Reachability.Empty.Unreachable(A, C);

        Assert.Equal(ReachabilityStatus.Unreachable, table.StatusOf(C));
        Assert.Equal(ReachabilityStatus.Unreachable, table.StatusOf(A, C));
        Assert.Equal(ReachabilityStatus.Reachable, table.StatusOf(B, C));
        Assert.False(table.IsReachable(C));
        Assert.True(table.IsReachable(A));
        Assert.Equal([C], table.AllUnreachable);
        Assert.Equal([C], table.AllUnreachableFrom(A));
        Assert.Empty(table.AllUnreachableFrom(B));
    }

    [Fact]
    public void A_member_is_reachable_again_only_when_every_observer_agrees()
    {
        var table = Reachability.Empty.Unreachable(A, C).Unreachable(B, C);

        var oneAgrees = table.Reachable(A, C);
        var bothAgree = oneAgrees.Reachable(B, C);

        Assert.Equal([A, B], table.ObserversOf(C));
        Assert.Equal(ReachabilityStatus.Unreachable, oneAgrees.StatusOf(C));
        Assert.Equal([B], oneAgrees.ObserversOf(C));
        Assert.Equal(ReachabilityStatus.Reachable, bothAgree.StatusOf(C));
        Assert.True(bothAgree.IsAllReachable);
    }

    [Fact]
    public void Terminated_is_final_and_outranks_unreachable()
    {
        var table = Reachability.Empty.Unreachable(A, C).Terminated(B, C);

        Assert.Equal(ReachabilityStatus.Terminated, table.StatusOf(C));
        Assert.Same(table, table.Reachable(B, C));
        Assert.Equal(ReachabilityStatus.Terminated, table.Reachable(A, C).StatusOf(C));
        Assert.Empty(table.AllUnreachable);
        Assert.Equal([C], table.AllUnreachableOrTerminated);
    }

    [Fact]
    public void Every_change_bumps_the_observers_version_and_a_repeated_observation_changes_nothing()
    {
        var table = Reachability.Empty.Unreachable(A, C);

        Assert.Equal(1, table.Versions[A]);
        Assert.Same(table, table.Unreachable(A, C));
        Assert.Same(Reachability.Empty, Reachability.Empty.Reachable(A, C));
        Assert.Equal(2, table.Reachable(A, C).Versions[A]);
        Assert.Equal(3, table.Reachable(A, C).Unreachable(A, C).Versions[A]);
    }

    [Fact]
    public void Merge_keeps_the_newer_observations_of_each_observer()
    {
        var older = Reachability.Empty.Unreachable(A, C);
        var newer = older.Reachable(A, C).Unreachable(A, D);
        var other = Reachability.Empty.Unreachable(B, E);

        var merged = older.Merge(Everyone, newer).Merge(Everyone, other);

        Assert.Equal(ReachabilityStatus.Reachable, merged.StatusOf(C));
        Assert.Equal(ReachabilityStatus.Unreachable, merged.StatusOf(D));
        Assert.Equal(ReachabilityStatus.Unreachable, merged.StatusOf(E));
        Assert.Equal(merged, other.Merge(Everyone, newer).Merge(Everyone, older));
        Assert.Equal(3, merged.Versions[A]);
    }

    [Fact]
    public void Merge_keeps_an_observation_the_other_side_has_not_seen_yet()
    {
        var seenByBoth = Reachability.Empty.Unreachable(A, C);
        var mine = seenByBoth.Unreachable(A, D);

        var merged = seenByBoth.Merge(Everyone, mine);

        Assert.Equal([C, D], merged.AllUnreachableFrom(A));
    }

    [Fact]
    public void Merge_drops_observers_and_subjects_that_are_no_longer_members()
    {
        var table = Reachability.Empty.Unreachable(A, C).Unreachable(B, D).Unreachable(A, D);

        var merged = table.Merge(new HashSet<UniqueAddress> { A, C, D }, Reachability.Empty);

        Assert.Equal([new ReachabilityRecord(A, C, ReachabilityStatus.Unreachable, 1), new ReachabilityRecord(A, D, ReachabilityStatus.Unreachable, 2)], merged.Records);
        Assert.False(merged.Versions.ContainsKey(B));
    }

    [Fact]
    public void Remove_and_remove_observers_forget_the_given_members()
    {
        var table = Reachability.Empty.Unreachable(A, C).Unreachable(B, D).Unreachable(C, D);

        Assert.Equal([new ReachabilityRecord(B, D, ReachabilityStatus.Unreachable, 1)], table.Remove([C]).Records);
        Assert.Equal([C], table.RemoveObservers([B, C]).AllUnreachableOrTerminated);
    }
}
