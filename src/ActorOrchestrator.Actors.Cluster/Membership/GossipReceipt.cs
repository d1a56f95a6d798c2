namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// The outcome of receiving a gossip: the membership afterwards and whether the sender should get this
/// member's gossip back (it has not seen the result yet).
/// </summary>
public sealed record GossipReceipt(GossipReceiptKind Kind, MembershipState State, bool Talkback);
