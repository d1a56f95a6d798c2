using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class LeaderSpec
{
    [Fact]
    public void The_leader_is_the_first_up_or_leaving_member_in_address_order()
    {
        var gossip = Gossip.Of([Joining(A), InStatus(B, MemberStatus.Leaving, 3), Up(C, 1)]);

        Assert.Equal(B, new MembershipState(gossip, C).Leader());
        Assert.True(new MembershipState(gossip, B).IsLeader);
        Assert.False(new MembershipState(gossip, C).IsLeader);
    }

    [Fact]
    public void An_unreachable_member_is_skipped_but_each_member_counts_itself_reachable()
    {
        var gossip = Gossip.Of([Up(A, 1), Up(B, 2), Up(C, 3)]).WithReachability(Reachability.Empty.Unreachable(B, A));

        Assert.Equal(B, new MembershipState(gossip, B).Leader());
        Assert.Equal(B, new MembershipState(gossip, C).Leader());
        Assert.Equal(A, new MembershipState(gossip, A).Leader());
    }

    [Fact]
    public void Down_members_never_lead()
    {
        var gossip = Gossip.Of([InStatus(A, MemberStatus.Down, 1), Up(B, 2)]);

        Assert.Equal(B, new MembershipState(gossip, A).Leader());
    }

    [Fact]
    public void While_no_member_is_up_a_weakly_up_then_a_joining_member_leads_so_a_new_cluster_can_form()
    {
        Assert.Equal(A, new MembershipState(Gossip.Of([Joining(A)]), A).Leader());
        Assert.Equal(B, new MembershipState(Gossip.Of([Joining(A), Joining(B).WithStatus(MemberStatus.WeaklyUp)]), A).Leader());
        Assert.Null(MembershipState.Uninitialized(A).Leader());
    }

    [Fact]
    public void Each_role_has_its_own_leader()
    {
        var gossip = Gossip.Of([Up(A, 1, "control-plane"), Up(B, 2, "worker"), Up(C, 3, "worker", "control-plane")])
            .WithReachability(Reachability.Empty.Unreachable(C, B));
        var state = new MembershipState(gossip, A);

        Assert.Equal(A, state.RoleLeader("control-plane"));
        Assert.Equal(C, state.RoleLeader("worker"));
        Assert.Null(state.RoleLeader("gateway"));
        Assert.Equal(new Dictionary<string, UniqueAddress> { ["control-plane"] = A, ["worker"] = C }, state.RoleLeaders());
    }
}
