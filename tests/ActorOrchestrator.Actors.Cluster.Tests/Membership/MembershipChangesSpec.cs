using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class MembershipChangesSpec
{
    private static MembershipState Cluster(UniqueAddress self, params Member[] members) => new(SeenByAll(self, members), self);

    [Theory]
    [InlineData(MemberStatus.Joining, MemberStatus.Leaving)]
    [InlineData(MemberStatus.WeaklyUp, MemberStatus.Leaving)]
    [InlineData(MemberStatus.Up, MemberStatus.Leaving)]
    [InlineData(MemberStatus.Leaving, MemberStatus.Leaving)]
    [InlineData(MemberStatus.Exiting, MemberStatus.Exiting)]
    [InlineData(MemberStatus.Down, MemberStatus.Down)]
    public void Leave_moves_a_member_that_is_still_joining_or_up_to_leaving(MemberStatus before, MemberStatus after)
    {
        var state = Cluster(A, Up(A, 1), InStatus(B, before, 2));

        Assert.Equal(after, state.Leave(B).Gossip.MemberOf(B)!.Status);
    }

    [Theory]
    [InlineData(MemberStatus.Joining)]
    [InlineData(MemberStatus.Up)]
    [InlineData(MemberStatus.Leaving)]
    [InlineData(MemberStatus.Exiting)]
    public void Down_marks_any_member_down_as_a_new_version_seen_by_this_member_only(MemberStatus before)
    {
        var state = Cluster(A, Up(A, 1), InStatus(B, before, 2));

        var downed = state.Down(B);

        Assert.Equal(MemberStatus.Down, downed.Gossip.MemberOf(B)!.Status);
        Assert.Equal(VectorClockOrdering.After, downed.Gossip.Version.Compare(state.Gossip.Version));
        Assert.Equal([A], downed.Gossip.Overview.Seen);
        Assert.Same(downed, downed.Down(B));
        Assert.Same(state, state.Down(C));
    }

    [Fact]
    public void Marking_unreachable_and_reachable_records_this_member_as_the_observer()
    {
        var state = Cluster(A, Up(A, 1), Up(B, 2), Up(C, 3));

        var unreachable = state.MarkUnreachable([B, C, A, D]);
        var back = unreachable.MarkReachable([B]);

        Assert.Equal([B, C], unreachable.Gossip.Reachability.AllUnreachableFrom(A));
        Assert.Equal([B, C], unreachable.UnreachableMembers().Select(m => m.UniqueAddress));
        Assert.Equal([C], back.Gossip.Reachability.AllUnreachableFrom(A));
        Assert.Same(unreachable, unreachable.MarkUnreachable([B]));
        Assert.Equal(VectorClockOrdering.After, back.Gossip.Version.Compare(unreachable.Gossip.Version));
    }
}
