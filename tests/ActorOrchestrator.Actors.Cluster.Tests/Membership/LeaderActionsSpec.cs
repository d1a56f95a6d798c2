using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class LeaderActionsSpec
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ClusterSettings Settings = ClusterSettings.Default;

    private static LeaderActionsResult Perform(MembershipState state, ClusterSettings? settings = null, TimeSpan withoutConvergence = default) =>
        LeaderActions.Perform(state, settings ?? Settings, withoutConvergence, Now);

    [Fact]
    public void At_convergence_joining_and_weakly_up_members_move_up_numbered_after_the_youngest()
    {
        var gossip = SeenByAll(A, Up(A, 1), Up(B, 2), Joining(D), Joining(C).WithStatus(MemberStatus.WeaklyUp));

        var result = Perform(new MembershipState(gossip, A));

        Assert.Equal(3, result.State.Gossip.MemberOf(C)!.UpNumber);
        Assert.Equal(4, result.State.Gossip.MemberOf(D)!.UpNumber);
        Assert.All(result.State.Gossip.Members.Values, m => Assert.Equal(MemberStatus.Up, m.Status));
        Assert.Equal([(C, MemberStatus.WeaklyUp, MemberStatus.Up), (D, MemberStatus.Joining, MemberStatus.Up)],
            result.Changes.Select(c => (c.Before.UniqueAddress, c.Before.Status, c.After.Status)));
    }

    [Fact]
    public void A_lone_first_member_moves_itself_up_as_number_one()
    {
        var formed = MembershipState.Uninitialized(A).Join(A, ["control-plane"]).State;

        var result = Perform(formed);

        Assert.Equal(Up(A, 1, "control-plane"), result.State.Gossip.MemberOf(A));
    }

    [Fact]
    public void The_leaders_changes_are_a_new_version_seen_only_by_the_leader()
    {
        var gossip = SeenByAll(A, Up(A, 1), Joining(B));

        var result = Perform(new MembershipState(gossip, A));

        Assert.Equal(VectorClockOrdering.After, result.State.Gossip.Version.Compare(gossip.Version));
        Assert.Equal([A], result.State.Gossip.Overview.Seen);
    }

    [Fact]
    public void Joining_members_wait_until_min_nr_of_members_is_reached()
    {
        var settings = Settings with { MinNrOfMembers = 3 };
        var two = SeenByAll(A, Joining(A), Joining(B));

        Assert.False(Perform(new MembershipState(two, A), settings).Changed);
        var three = Perform(new MembershipState(two.WithMember(Joining(C)).Seen(C), A), settings);
        Assert.Equal([MemberStatus.Up, MemberStatus.Up, MemberStatus.Up], three.State.Gossip.Members.Values.Select(m => m.Status));
    }

    [Fact]
    public void Joining_members_wait_until_every_role_minimum_is_reached()
    {
        var settings = Settings with { MinNrOfMembersOfRole = ImmutableSortedDictionary<string, int>.Empty.Add("worker", 2) };
        var oneWorker = SeenByAll(A, Joining(A, "control-plane"), Joining(B, "worker"), Joining(C, "control-plane"));

        Assert.False(Perform(new MembershipState(oneWorker, A), settings).Changed);
        var twoWorkers = Perform(new MembershipState(oneWorker.WithMember(Joining(D, "worker")), A), settings);
        Assert.Equal(4, twoWorkers.Changes.Length);
        Assert.True(LeaderActions.HasEnoughMembers(twoWorkers.State.Gossip, settings));
    }

    [Fact]
    public void At_convergence_leaving_moves_to_exiting_and_exiting_and_down_members_are_removed()
    {
        var gossip = SeenByAll(A, Up(A, 1), InStatus(B, MemberStatus.Leaving, 2), InStatus(C, MemberStatus.Exiting, 3), InStatus(D, MemberStatus.Down, 4))
            .WithReachability(Reachability.Empty.Unreachable(A, D));

        var result = Perform(new MembershipState(gossip, A));

        var after = result.State.Gossip;
        Assert.Equal(MemberStatus.Exiting, after.MemberOf(B)!.Status);
        Assert.False(after.HasMember(C));
        Assert.False(after.HasMember(D));
        Assert.Equal(Now, after.Tombstones[C]);
        Assert.True(after.Reachability.IsAllReachable);
        Assert.Equal([MemberStatus.Exiting, MemberStatus.Removed, MemberStatus.Removed], result.Changes.Select(c => c.After.Status));
    }

    [Fact]
    public void An_exiting_member_is_removed_only_at_the_round_after_it_became_exiting()
    {
        var gossip = SeenByAll(A, Up(A, 1), InStatus(B, MemberStatus.Leaving, 2));

        var first = Perform(new MembershipState(gossip, A));
        var second = Perform(first.State with { Gossip = first.State.Gossip.Seen(B) });

        Assert.True(first.State.Gossip.HasMember(B));
        Assert.False(second.State.Gossip.HasMember(B));
    }

    [Fact]
    public void Without_convergence_nothing_moves_up_or_out()
    {
        var gossip = Gossip.Of([Up(A, 1), Up(B, 2), Joining(C), InStatus(D, MemberStatus.Leaving, 3)]).Increment(A).Seen(A);

        Assert.False(Perform(new MembershipState(gossip, A)).Changed);
    }

    [Fact]
    public void Without_convergence_reachable_joiners_become_weakly_up_after_the_configured_time()
    {
        var gossip = SeenByAll(A, Up(A, 1), Up(B, 2), Joining(C), Joining(D))
            .WithReachability(Reachability.Empty.Unreachable(A, B).Unreachable(A, D));
        var state = new MembershipState(gossip, A);

        Assert.False(Perform(state, withoutConvergence: TimeSpan.FromSeconds(6.9)).Changed);
        var result = Perform(state, withoutConvergence: TimeSpan.FromSeconds(7));

        Assert.Equal(MemberStatus.WeaklyUp, result.State.Gossip.MemberOf(C)!.Status);
        Assert.Equal(Member.NotUpYet, result.State.Gossip.MemberOf(C)!.UpNumber);
        Assert.Equal(MemberStatus.Joining, result.State.Gossip.MemberOf(D)!.Status);
        Assert.False(Perform(state, Settings with { AllowWeaklyUpMembers = null }, TimeSpan.FromMinutes(1)).Changed);
    }

    [Fact]
    public void A_member_that_is_not_the_leader_does_nothing()
    {
        var gossip = SeenByAll(A, Up(A, 1), Joining(B), InStatus(C, MemberStatus.Leaving, 2));

        Assert.False(Perform(new MembershipState(gossip, B)).Changed);
    }
}
