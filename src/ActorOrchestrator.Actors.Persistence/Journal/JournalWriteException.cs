namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>
/// A batch of writes failed in the database (connection lost, commit failed): the events were not stored or their
/// fate is unknown. The writer must stop; its supervisor restarts it once the store is back.
/// </summary>
public sealed class JournalWriteException : Exception
{
    public JournalWriteException(string target, Exception innerException)
        : base($"Writing events to {target} failed; they were not stored (or their fate is unknown): {innerException.Message}", innerException)
    {
        Target = target;
    }

    /// <summary>The store written to, e.g. <c>PostgreSQL 127.0.0.1:5432/ao</c>.</summary>
    public string Target { get; }
}
