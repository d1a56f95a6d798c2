namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>How a received gossip related to the local one.</summary>
public enum GossipReceiptKind
{
    /// <summary>Same version: only the seen sets were combined.</summary>
    Same,

    /// <summary>The received gossip was newer and replaced the local one.</summary>
    Newer,

    /// <summary>The received gossip was older; the local one stays and should be sent back.</summary>
    Older,

    /// <summary>The versions were concurrent and have been merged.</summary>
    Merged,

    /// <summary>The gossip came from a member this one does not know; ignored.</summary>
    IgnoredUnknownSender,

    /// <summary>The gossip does not contain this member (it has not joined yet); ignored.</summary>
    IgnoredNotAMember,

    /// <summary>The gossip says this incarnation was removed: it must shut down.</summary>
    SelfRemoved,
}
