namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>A journal row as read.</summary>
internal sealed record StoredEvent(
    long Ordering,
    string PersistenceId,
    long SequenceNr,
    string Manifest,
    string Payload,
    string? Tags,
    long TimestampUnixMs,
    string WriterId);
