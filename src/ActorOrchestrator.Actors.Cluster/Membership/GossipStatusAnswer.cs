namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>How to answer a GossipStatus.</summary>
public enum GossipStatusAnswer
{
    /// <summary>Both hold the same gossip (or the sender is unknown): say nothing.</summary>
    Nothing,

    /// <summary>This member's gossip is newer, concurrent, or seen by others: send the full gossip.</summary>
    SendGossip,

    /// <summary>The sender's gossip is newer: send this member's status so it sends its gossip.</summary>
    SendStatus,
}
