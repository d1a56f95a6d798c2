using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class JoinSpec
{
    private static readonly DateTimeOffset Noon = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static MembershipState Cluster(UniqueAddress self, params Member[] members) => new(SeenByAll(self, members), self);

    [Fact]
    public void A_member_forms_a_new_cluster_by_joining_itself()
    {
        var result = MembershipState.Uninitialized(A).Join(A, ["worker"], "1.2.0");

        Assert.Equal(JoinOutcome.Accepted, result.Outcome);
        Assert.Equal(Member.Joining(A, ["worker"], "1.2.0"), result.State.Gossip.MemberOf(A));
        Assert.Equal([A], result.State.Gossip.Overview.Seen);
        Assert.Equal(1, result.State.Gossip.Version.VersionOf(A));
    }

    [Fact]
    public void A_joiner_is_added_as_joining_and_welcomed()
    {
        var result = Cluster(A, Up(A, 1)).Join(B, ["worker"]);

        Assert.Equal(JoinOutcome.Accepted, result.Outcome);
        Assert.True(result.ShouldWelcome);
        Assert.Equal(MemberStatus.Joining, result.State.Gossip.MemberOf(B)!.Status);
        Assert.Equal(2, result.State.Gossip.Version.VersionOf(A));
    }

    [Fact]
    public void A_repeated_join_is_welcomed_again_without_change()
    {
        var state = Cluster(A, Up(A, 1), Joining(B));

        var result = state.Join(B, []);

        Assert.Equal(JoinOutcome.AlreadyMember, result.Outcome);
        Assert.True(result.ShouldWelcome);
        Assert.Same(state, result.State);
    }

    [Fact]
    public void A_new_incarnation_at_a_members_address_first_has_the_old_one_marked_terminated_and_down()
    {
        var restarted = At("b", uid: 2);
        var state = Cluster(A, Up(A, 1), Up(B, 2));

        var result = state.Join(restarted, []);

        Assert.Equal(JoinOutcome.OldIncarnationDowned, result.Outcome);
        Assert.False(result.ShouldWelcome);
        Assert.False(result.State.Gossip.HasMember(restarted));
        Assert.Equal(MemberStatus.Down, result.State.Gossip.MemberOf(B)!.Status);
        Assert.Equal(ReachabilityStatus.Terminated, result.State.Gossip.Reachability.StatusOf(B));
        Assert.Contains("new incarnation", result.Explanation);
    }

    [Fact]
    public void A_new_incarnation_waits_while_the_old_one_is_down_and_gets_in_once_it_is_removed()
    {
        var restarted = At("b", uid: 2);
        var downed = Cluster(A, Up(A, 1), InStatus(B, MemberStatus.Down, 2));

        var waiting = downed.Join(restarted, []);
        var removed = downed with { Gossip = downed.Gossip.Remove(B, Noon) };
        var admitted = removed.Join(restarted, []);

        Assert.Equal(JoinOutcome.AwaitingRemovalOfOldIncarnation, waiting.Outcome);
        Assert.Same(downed, waiting.State);
        Assert.Equal(JoinOutcome.Accepted, admitted.Outcome);
        Assert.Equal(MemberStatus.Joining, admitted.State.Gossip.MemberOf(restarted)!.Status);
    }

    [Fact]
    public void A_removed_incarnation_can_never_rejoin()
    {
        var state = Cluster(A, Up(A, 1));
        state = state with { Gossip = state.Gossip.WithMember(Up(B, 2)).Remove(B, Noon) };

        var result = state.Join(B, []);

        Assert.Equal(JoinOutcome.Refused, result.Outcome);
        Assert.Contains("can never rejoin", result.Explanation);
    }

    [Theory]
    [InlineData(MemberStatus.Down)]
    [InlineData(MemberStatus.Exiting)]
    public void A_member_on_its_way_out_refuses_joiners(MemberStatus status)
    {
        var result = Cluster(A, InStatus(A, status, 1)).Join(B, []);

        Assert.Equal(JoinOutcome.Refused, result.Outcome);
        Assert.Contains(status.ToString(), result.Explanation);
    }

    [Fact]
    public void A_member_that_is_in_no_cluster_refuses_other_joiners()
    {
        var result = MembershipState.Uninitialized(A).Join(B, []);

        Assert.Equal(JoinOutcome.Refused, result.Outcome);
        Assert.Contains("not a member of a cluster", result.Explanation);
    }

    [Fact]
    public void The_joiner_takes_the_welcome_gossip_as_its_own_and_marks_it_seen()
    {
        var welcome = Cluster(A, Up(A, 1)).Join(B, []).State.Gossip;

        var joined = MembershipState.Uninitialized(B).Welcome(welcome);

        Assert.True(joined.Gossip.SeenBy(B));
        Assert.Equal(MemberStatus.Joining, joined.SelfMember!.Status);
    }

    [Fact]
    public void Init_join_is_acknowledged_only_by_a_member_of_a_cluster_that_is_not_on_its_way_out()
    {
        Assert.IsType<InitJoinNack>(MembershipState.Uninitialized(A).AnswerInitJoin());
        Assert.Equal(new InitJoinAck(A), Cluster(A, Up(A, 1)).AnswerInitJoin());
        Assert.Equal(new InitJoinAck(A), Cluster(A, Joining(A)).AnswerInitJoin());
        Assert.Equal(new InitJoinNack(A), Cluster(A, InStatus(A, MemberStatus.Exiting, 1)).AnswerInitJoin());
        Assert.Equal(new InitJoinNack(A), Cluster(A, InStatus(A, MemberStatus.Down, 1)).AnswerInitJoin());
    }
}
