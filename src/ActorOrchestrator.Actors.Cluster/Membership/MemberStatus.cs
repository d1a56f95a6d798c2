namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// The life cycle of a member. Reachability is separate: an unreachable member keeps its status until the
/// downing provider marks it <see cref="Down"/>.
/// </summary>
public enum MemberStatus
{
    /// <summary>Asked to join; waits for the leader to see convergence.</summary>
    Joining,

    /// <summary>Promoted without convergence (a partition is open); usable, but not counted for quorums.</summary>
    WeaklyUp,

    /// <summary>A full member.</summary>
    Up,

    /// <summary>Asked to leave gracefully; still serving until the leader moves it to Exiting.</summary>
    Leaving,

    /// <summary>Handing over and shutting down; removed at the next convergence.</summary>
    Exiting,

    /// <summary>Declared dead (by the split-brain resolver or an operator); removed at the next convergence.</summary>
    Down,

    /// <summary>Gone for good: this incarnation can never come back.</summary>
    Removed,
}
