namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary><c>ao.persistence.group-commit</c>: how writes of many entities are gathered into one transaction.</summary>
public sealed record GroupCommitSettings
{
    /// <summary>Most events in one transaction (an atomic write larger than this goes alone, never split).</summary>
    public int MaxBatchSize { get; init; } = 1000;

    /// <summary>
    /// Longest the writer waits for the writers of its previous batch to come back before starting the next transaction
    /// (zero: start at once). A lone writer never waits.
    /// </summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Caller writes waiting for a transaction beyond this many are failed at once (back-pressure).</summary>
    public int MaxQueuedWrites { get; init; } = 100_000;

    /// <summary>Transactions in flight at once on PostgreSQL; SQLite always has one writer.</summary>
    public int MaxConcurrentBatches { get; init; } = 2;
}
