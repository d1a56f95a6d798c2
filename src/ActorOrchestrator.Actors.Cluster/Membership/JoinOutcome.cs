namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>What a member did with a Join request.</summary>
public enum JoinOutcome
{
    /// <summary>The joiner was added as Joining; answer with Welcome.</summary>
    Accepted,

    /// <summary>The joiner is already a member (its Welcome got lost); answer with Welcome again.</summary>
    AlreadyMember,

    /// <summary>
    /// An older incarnation at the joiner's host and port was marked terminated and Down; the joiner is told
    /// nothing and gets in by retrying once the old incarnation has been removed.
    /// </summary>
    OldIncarnationDowned,

    /// <summary>An older incarnation at the joiner's host and port is Down but not removed yet; the joiner retries.</summary>
    AwaitingRemovalOfOldIncarnation,

    /// <summary>The request cannot be accepted (see the explanation); nothing changed.</summary>
    Refused,
}
