namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// What one database snapshot shows of the ordering column: the orderings above a position (ascending, limited), the
/// highest ordering, and the snapshot's <see cref="XMin"/>: no transaction whose id is below it was still running.
/// </summary>
internal sealed record OrderingWindow(IReadOnlyList<long> Orderings, long MaxOrdering, ulong XMin);
