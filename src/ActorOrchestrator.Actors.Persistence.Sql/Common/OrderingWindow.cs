namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// What one database snapshot shows of the ordering column: the orderings above a position (ascending, limited),
/// the highest ordering, and the snapshot's transaction horizon: every transaction id below <see cref="XMin"/> had
/// ended when the snapshot was taken, and every id assigned before it is below <see cref="XMax"/>.
/// </summary>
internal sealed record OrderingWindow(IReadOnlyList<long> Orderings, long MaxOrdering, ulong XMin, ulong XMax);
