namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>A snapshot row.</summary>
internal sealed record StoredSnapshot(string PersistenceId, long SequenceNr, long TimestampUnixMs, string Manifest, string Payload);
