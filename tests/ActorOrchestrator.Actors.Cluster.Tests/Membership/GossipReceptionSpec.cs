using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class GossipReceptionSpec
{
    private static readonly Gossip Base = Gossip.Of([Up(A, 1), Up(B, 2), Up(C, 3)]).Increment(A).Seen(A);

    [Fact]
    public void A_newer_gossip_replaces_the_local_one_and_is_marked_seen()
    {
        var local = new MembershipState(Base, B);
        var newer = Base.WithMember(Up(C, 3).WithStatus(MemberStatus.Leaving)).Increment(C).OnlySeen(C);

        var receipt = local.ReceiveGossip(C, newer);

        Assert.Equal(GossipReceiptKind.Newer, receipt.Kind);
        Assert.Equal(MemberStatus.Leaving, receipt.State.Gossip.MemberOf(C)!.Status);
        Assert.Equal([B, C], receipt.State.Gossip.Overview.Seen);
        Assert.True(receipt.Talkback);
    }

    [Fact]
    public void An_older_gossip_is_ignored_and_answered_with_the_local_one()
    {
        var local = new MembershipState(Base.Increment(B).OnlySeen(B), B);

        var receipt = local.ReceiveGossip(A, Base);

        Assert.Equal(GossipReceiptKind.Older, receipt.Kind);
        Assert.Equal(local.Gossip, receipt.State.Gossip);
        Assert.True(receipt.Talkback);
    }

    [Fact]
    public void The_same_version_combines_the_seen_sets()
    {
        var local = new MembershipState(Base.Seen(B), B);

        var receipt = local.ReceiveGossip(C, Base.Seen(C));

        Assert.Equal(GossipReceiptKind.Same, receipt.Kind);
        Assert.Equal([A, B, C], receipt.State.Gossip.Overview.Seen);
        Assert.True(receipt.Talkback);
        Assert.False(local.ReceiveGossip(C, Base.Seen(B)).Talkback);
    }

    [Fact]
    public void Concurrent_gossips_are_merged_and_only_the_receiver_has_seen_the_result()
    {
        var local = new MembershipState(Base.WithMember(Up(B, 2).WithStatus(MemberStatus.Leaving)).Increment(B).OnlySeen(B), B);
        var remote = Base.WithMember(Up(C, 3).WithStatus(MemberStatus.Down)).Increment(C).OnlySeen(C);

        var receipt = local.ReceiveGossip(C, remote);

        Assert.Equal(GossipReceiptKind.Merged, receipt.Kind);
        Assert.Equal(MemberStatus.Leaving, receipt.State.Gossip.MemberOf(B)!.Status);
        Assert.Equal(MemberStatus.Down, receipt.State.Gossip.MemberOf(C)!.Status);
        Assert.Equal([B], receipt.State.Gossip.Overview.Seen);
        Assert.True(receipt.Talkback);
    }

    [Fact]
    public void Gossip_from_an_unknown_member_or_without_this_member_is_ignored()
    {
        var local = new MembershipState(Base, B);

        Assert.Equal(GossipReceiptKind.IgnoredUnknownSender, local.ReceiveGossip(D, Base.WithMember(Up(D, 4)).Increment(D)).Kind);
        Assert.Equal(GossipReceiptKind.IgnoredNotAMember, new MembershipState(Base, D).ReceiveGossip(A, Base).Kind);
    }

    [Fact]
    public void A_gossip_that_removed_this_member_tells_it_to_shut_down()
    {
        var receipt = new MembershipState(Base, C).ReceiveGossip(A, Base.Remove(C, DateTimeOffset.UnixEpoch).Increment(A));

        Assert.Equal(GossipReceiptKind.SelfRemoved, receipt.Kind);
    }

    [Fact]
    public void A_gossip_status_is_answered_with_the_gossip_when_the_local_one_is_newer_and_with_a_status_when_older()
    {
        var local = new MembershipState(Base.Seen(B), B);

        Assert.Equal(GossipStatusAnswer.Nothing, local.AnswerGossipStatus(new GossipStatus(A, Base.Version, [A, B])));
        Assert.Equal(GossipStatusAnswer.SendGossip, local.AnswerGossipStatus(new GossipStatus(A, Base.Version, [A])));
        Assert.Equal(GossipStatusAnswer.SendGossip, local.AnswerGossipStatus(new GossipStatus(A, VectorClock.Empty, [A])));
        Assert.Equal(GossipStatusAnswer.SendStatus, local.AnswerGossipStatus(new GossipStatus(A, Base.Version.Increment(A), [A])));
        Assert.Equal(GossipStatusAnswer.SendGossip, local.AnswerGossipStatus(new GossipStatus(A, VectorClock.Empty.Increment(C), [C])));
        Assert.Equal(GossipStatusAnswer.Nothing, local.AnswerGossipStatus(new GossipStatus(D, VectorClock.Empty, [])));
        var status = local.Status();
        Assert.Equal((B, Base.Version), (status.From, status.Version));
        Assert.Equal([A, B], status.Seen);
    }
}
