namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>A stored event that cannot be turned back into an object: unknown manifest or corrupt payload.</summary>
public sealed class EventReplayException : Exception
{
    public EventReplayException(string persistenceId, long sequenceNr, string manifest, string reason, Exception? innerException = null)
        : base($"Cannot read event {sequenceNr} of persistence id '{persistenceId}' (manifest '{manifest}'): {reason}", innerException)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
        Manifest = manifest;
    }

    public string PersistenceId { get; }

    public long SequenceNr { get; }

    public string Manifest { get; }
}
