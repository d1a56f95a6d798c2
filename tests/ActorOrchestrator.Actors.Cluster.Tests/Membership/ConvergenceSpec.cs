using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class ConvergenceSpec
{
    [Fact]
    public void Convergence_needs_every_up_and_leaving_member_to_have_seen_the_version()
    {
        var gossip = Gossip.Of([Up(A, 1), InStatus(B, MemberStatus.Leaving, 2), Joining(C)]).Increment(A).Seen(A);

        Assert.False(new MembershipState(gossip, A).HasConvergence());
        Assert.True(new MembershipState(gossip.Seen(B), A).HasConvergence());
    }

    [Theory]
    [InlineData(MemberStatus.Joining)]
    [InlineData(MemberStatus.WeaklyUp)]
    [InlineData(MemberStatus.Exiting)]
    [InlineData(MemberStatus.Down)]
    public void Members_neither_up_nor_leaving_need_not_have_seen_the_version(MemberStatus status)
    {
        var gossip = Gossip.Of([Up(A, 1), InStatus(B, status, 2)]).Increment(A).Seen(A);

        Assert.True(new MembershipState(gossip, A).HasConvergence());
    }

    [Theory]
    [InlineData(MemberStatus.Up, false)]
    [InlineData(MemberStatus.Leaving, false)]
    [InlineData(MemberStatus.Joining, false)]
    [InlineData(MemberStatus.WeaklyUp, false)]
    [InlineData(MemberStatus.Down, true)]
    [InlineData(MemberStatus.Exiting, true)]
    public void An_unreachable_member_blocks_convergence_unless_it_is_down_or_exiting(MemberStatus status, bool converged)
    {
        var gossip = SeenByAll(A, Up(A, 1), Up(C, 3), InStatus(B, status, 2))
            .WithReachability(Reachability.Empty.Unreachable(A, B));

        Assert.Equal(converged, new MembershipState(gossip, A).HasConvergence());
    }

    [Fact]
    public void Observations_by_a_down_member_do_not_block_convergence()
    {
        var gossip = SeenByAll(A, Up(A, 1), Up(B, 2), InStatus(C, MemberStatus.Down, 3))
            .WithReachability(Reachability.Empty.Unreachable(C, B));

        Assert.True(new MembershipState(gossip, A).HasConvergence());
    }

    [Fact]
    public void A_member_does_not_block_its_own_convergence_by_being_unreachable_to_others()
    {
        var gossip = SeenByAll(A, Up(A, 1), Up(B, 2)).WithReachability(Reachability.Empty.Unreachable(B, A));

        Assert.True(new MembershipState(gossip, A).HasConvergence());
        Assert.False(new MembershipState(gossip, B).HasConvergence());
    }
}
