namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>An event ready for a journal row.</summary>
/// <param name="Tags">Tags joined by commas, or null when there are none (the <c>tags</c> column).</param>
/// <param name="TagList">The same tags, one per row of the tag table.</param>
internal sealed record SerializedEvent(
    string PersistenceId,
    long SequenceNr,
    string Manifest,
    string Payload,
    string? Tags,
    IReadOnlyList<string> TagList,
    long TimestampUnixMs,
    string WriterId);
