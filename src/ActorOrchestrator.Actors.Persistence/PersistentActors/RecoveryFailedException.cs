namespace ActorOrchestrator.Actors.Persistence;

/// <summary>A persistent actor could not recover: a stored event or snapshot was unreadable or its recovery handler failed.</summary>
public sealed class RecoveryFailedException : Exception
{
    public RecoveryFailedException(string persistenceId, long sequenceNr, string manifest, string reason, Exception? innerException = null)
        : base($"Recovery of persistence id '{persistenceId}' failed at sequence number {sequenceNr} (manifest '{manifest}'): {reason}", innerException)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
        Manifest = manifest;
    }

    public string PersistenceId { get; }

    public long SequenceNr { get; }

    public string Manifest { get; }
}
