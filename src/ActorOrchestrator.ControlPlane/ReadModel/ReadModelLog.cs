using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>The read model's log messages.</summary>
internal static partial class ReadModelLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Read model loaded checkpoint {Path}: {ObjectCount} objects at resourceVersion {Position} in {ElapsedMs} ms")]
    public static partial void CheckpointLoaded(ILogger logger, string path, int objectCount, long position, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Read model checkpoint {Path} is discarded and the view rebuilt from the journal: {Reason}")]
    public static partial void CheckpointDiscarded(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Read model caught up with the journal: {ObjectCount} objects at resourceVersion {Position}, {EventCount} events replayed in {ElapsedMs} ms")]
    public static partial void CaughtUp(ILogger logger, int objectCount, long position, long eventCount, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug,
        Message = "Read model checkpoint {Path} written: {ObjectCount} objects at resourceVersion {Position} in {ElapsedMs} ms")]
    public static partial void CheckpointWritten(ILogger logger, string path, int objectCount, long position, long elapsedMs);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Read model could not write checkpoint {Path}: {Reason}")]
    public static partial void CheckpointWriteFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "Read model failed reading the journal after resourceVersion {Position}; retrying in {BackoffMs} ms: {Reason}")]
    public static partial void JournalReadFailed(ILogger logger, long position, long backoffMs, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error,
        Message = "Read model skipped event {Ordering} of {Entity} ({Manifest}): {Reason}")]
    public static partial void EventSkipped(ILogger logger, long ordering, string entity, string manifest, string reason);
}
