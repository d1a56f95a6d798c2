namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>Which side a split-brain decision downs.</summary>
public enum DowningDecisionKind
{
    /// <summary>No member is unreachable: nothing to decide.</summary>
    Nothing,

    /// <summary>This side survives; the unreachable members are downed.</summary>
    DownUnreachable,

    /// <summary>This side loses: every reachable member, this one included, is downed.</summary>
    DownReachable,

    /// <summary>No side may survive: every member is downed.</summary>
    DownAll,
}
