namespace ActorOrchestrator.Actors.Persistence.Snapshots;

/// <summary>Identifies a snapshot: the entity, the sequence number of the last event it includes, and when it was taken.</summary>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp);
