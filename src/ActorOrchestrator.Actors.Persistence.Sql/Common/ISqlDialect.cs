using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// What differs between SQLite and PostgreSQL: the SQL and the connection handling. Everything else is shared. For the
/// streams by tag and of all events a dialect also implements <see cref="ICommitOrderEventReader"/> (every read sees
/// a gap-free prefix) or <see cref="IOrderingWindowReader"/> (transactions may commit out of ordering order).
/// </summary>
internal interface ISqlDialect : IAsyncDisposable
{
    /// <summary>The connection target for messages, without a password.</summary>
    string Target { get; }

    /// <summary>Transactions the group-commit writer may run at once.</summary>
    int MaxConcurrentBatches { get; }

    /// <summary>One attempt to connect and bring the schema up to date.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Whether a failed <see cref="InitializeAsync"/> is worth retrying (the database is unreachable, not misconfigured).</summary>
    bool IsTransient(Exception exception);

    /// <summary>
    /// Writes every request in one transaction and commits. Sets each request's orderings, or its conflict when one of its
    /// sequence numbers is taken (then nothing of that request is stored, the others are). Throws when the transaction fails.
    /// </summary>
    Task WriteBatchAsync(IReadOnlyList<WriteRequest> batch, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredEvent>> ReadEventsByPersistenceIdAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, int max, CancellationToken cancellationToken);

    Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken);

    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);

    Task<StoredSnapshot?> LoadSnapshotAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    Task SaveSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken);

    Task DeleteSnapshotsAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    Task DeleteAllButLatestSnapshotsAsync(string persistenceId, int keep, CancellationToken cancellationToken);
}
