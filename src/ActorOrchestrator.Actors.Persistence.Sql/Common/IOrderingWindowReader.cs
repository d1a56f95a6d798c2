namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>A store whose transactions may commit out of ordering order: readers advance an <see cref="OrderingFrontier"/> with it.</summary>
internal interface IOrderingWindowReader
{
    /// <summary>
    /// In one round trip: the window above <paramref name="position"/> (one statement, so one snapshot: its horizon, the
    /// highest ordering, the orderings above the position from the primary key index), then (read after it, so seeing at least as much)
    /// up to <paramref name="max"/> events above <paramref name="after"/>, with the tag when given, not deleted, ascending.
    /// </summary>
    Task<(OrderingWindow Window, IReadOnlyList<StoredEvent> Events)> ReadWindowAndEventsAsync(
        long position, string? tag, long after, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Assigns a new transaction id in a transaction of its own, commits it, and returns it: every transaction id handed
    /// out before this call is below it, and the caller's later snapshots see the returned transaction as ended.
    /// </summary>
    Task<ulong> TakeTransactionIdAsync(CancellationToken cancellationToken);
}
