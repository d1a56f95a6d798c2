namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>What the split-brain resolver should do now.</summary>
public enum StabilityVerdict
{
    /// <summary>Every member is reachable: nothing to do.</summary>
    Healthy,

    /// <summary>Members are unreachable but things changed less than stable-after ago: wait.</summary>
    Waiting,

    /// <summary>Unchanged for stable-after: apply the strategy.</summary>
    Decide,

    /// <summary>Reachability kept changing for stable-after plus down-all-when-unstable: down every member.</summary>
    DownAllUnstable,
}
