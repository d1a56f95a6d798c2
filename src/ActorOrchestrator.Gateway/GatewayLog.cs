using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Kubernetes API gateway listening on {Address} (reporting {Version})")]
    public static partial void Listening(ILogger logger, Uri address, string version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "{Method} {Path} failed unexpectedly")]
    public static partial void RequestFailed(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The view did not reach written resourceVersion {Written} in time (at {Reached}); answering anyway")]
    public static partial void ViewBehindWrite(ILogger logger, long written, long reached);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Method} {Path} refused: {Code} {Reason}: {Message}")]
    public static partial void Refused(ILogger logger, string method, string path, int code, string? reason, string? message);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Stream {Path} ended: {Why}")]
    public static partial void StreamEnded(ILogger logger, string path, string why);
}
