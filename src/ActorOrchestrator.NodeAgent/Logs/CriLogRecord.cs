namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// One record of a CRI log file. <paramref name="Partial"/> records (tag P) are pieces of a line longer than the maximum line
/// size; the line ends with the next full record (tag F) of the same stream. <paramref name="Content"/> excludes the newline.
/// </summary>
public sealed record CriLogRecord(DateTimeOffset Time, LogStream Stream, bool Partial, byte[] Content);
