namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>The split-brain resolver strategies (ao.cluster.split-brain-resolver.active-strategy).</summary>
public enum DowningStrategyKind
{
    /// <summary>"keep-majority": the side with more members survives; a tie goes to the side with the lowest address.</summary>
    KeepMajority,

    /// <summary>"static-quorum": a side with at least quorum-size members survives.</summary>
    StaticQuorum,

    /// <summary>"keep-oldest": the side with the oldest member survives.</summary>
    KeepOldest,

    /// <summary>"down-all": every member is downed when any is unreachable.</summary>
    DownAll,
}
