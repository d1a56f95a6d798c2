namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>A store whose transactions may commit out of ordering order: readers advance an <see cref="OrderingFrontier"/> with it.</summary>
internal interface IOrderingWindowReader
{
    /// <summary>Reads, in one statement and so one snapshot, the orderings above <paramref name="after"/> and the snapshot's horizon.</summary>
    Task<OrderingWindow> ReadOrderingWindowAsync(long after, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Assigns a new transaction id in a transaction of its own, commits it, and returns it: every transaction id handed
    /// out before this call is below it, and the caller's later snapshots see the returned transaction as ended.
    /// </summary>
    Task<ulong> TakeTransactionIdAsync(CancellationToken cancellationToken);
}
