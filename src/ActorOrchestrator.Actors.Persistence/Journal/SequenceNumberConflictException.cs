namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>
/// A write found its sequence number already stored: another incarnation of the same persistence id is writing
/// (or this one is stale). Nothing of the caller's writes was stored; the writer must stop.
/// </summary>
public sealed class SequenceNumberConflictException : Exception
{
    public SequenceNumberConflictException(string persistenceId, long sequenceNr)
        : base($"Sequence number {sequenceNr} of persistence id '{persistenceId}' is already stored: another writer is persisting the same entity. Nothing of this write was stored.")
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
    }

    public string PersistenceId { get; }

    public long SequenceNr { get; }
}
