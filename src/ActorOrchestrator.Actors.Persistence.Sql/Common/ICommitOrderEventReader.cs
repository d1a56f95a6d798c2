namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>A store where every read sees a gap-free prefix of the journal in commit order (SQLite: one writer at a time).</summary>
internal interface ICommitOrderEventReader
{
    /// <summary>Events with ordering above <paramref name="after"/>, with the tag when given, not deleted, ascending.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string? tag, long after, int max, CancellationToken cancellationToken);
}
