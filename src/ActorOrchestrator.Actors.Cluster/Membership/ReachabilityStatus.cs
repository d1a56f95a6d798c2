namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>What an observer concluded about a subject.</summary>
public enum ReachabilityStatus
{
    /// <summary>Heartbeats arrive in time.</summary>
    Reachable,

    /// <summary>The failure detector gave up on the subject; it may come back.</summary>
    Unreachable,

    /// <summary>The subject is known to be gone (its incarnation was replaced or quarantined); final.</summary>
    Terminated,
}
