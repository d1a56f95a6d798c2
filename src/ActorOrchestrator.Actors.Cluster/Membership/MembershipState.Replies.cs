namespace ActorOrchestrator.Actors.Cluster.Membership;

public sealed partial record MembershipState
{
    /// <summary>
    /// The answer to a joiner's InitJoin: Ack while this member is part of a cluster and not on its way out,
    /// Nack before it has joined one or once it is Exiting or Down.
    /// </summary>
    public ISeedJoinMessage AnswerInitJoin() =>
        SelfMember is { Status: MemberStatus.Joining or MemberStatus.WeaklyUp or MemberStatus.Up or MemberStatus.Leaving }
            ? new InitJoinAck(Self)
            : new InitJoinNack(Self);

    /// <summary>How to answer <paramref name="status"/> from another member.</summary>
    public GossipStatusAnswer AnswerGossipStatus(GossipStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (!Gossip.HasMember(status.From))
        {
            return GossipStatusAnswer.Nothing;
        }
        return status.Version.Compare(Gossip.Version) switch
        {
            VectorClockOrdering.Same => Gossip.Overview.Seen.IsSubsetOf(status.Seen) ? GossipStatusAnswer.Nothing : GossipStatusAnswer.SendGossip,
            VectorClockOrdering.After => GossipStatusAnswer.SendStatus,
            _ => GossipStatusAnswer.SendGossip,
        };
    }

    /// <summary>This member's digest of its gossip, sent instead of the whole gossip when the peer may already have it.</summary>
    public GossipStatus Status() => new(Self, Gossip.Version, Gossip.Overview.Seen);
}
