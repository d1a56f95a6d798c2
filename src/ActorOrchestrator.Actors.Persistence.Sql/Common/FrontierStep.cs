namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>What an <see cref="OrderingFrontier"/> needs after applying one window.</summary>
internal enum FrontierStep
{
    /// <summary>Everything visible is settled.</summary>
    Settled,

    /// <summary>The window was a full page: read the next one.</summary>
    ReadMore,

    /// <summary>A new gap: take a transaction id, mark it, and read again.</summary>
    GapSeen,

    /// <summary>A known gap may still be filled by a running transaction: wait.</summary>
    Waiting,
}
