using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>The Deployment and ReplicaSet controllers' log messages.</summary>
internal static partial class ControllerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "{Kind} {Namespace}/{Name}: the read view did not reach resourceVersion {Target} in time; running again shortly")]
    public static partial void ViewBehind(ILogger logger, string kind, string? @namespace, string? name, long target);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "{Kind} {Namespace}/{Name}: a write met a conflict ({Reason}); running again shortly")]
    public static partial void Conflict(ILogger logger, string kind, string? @namespace, string? name, string? reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "{Kind} {Namespace}/{Name}: {Action} failed: {Reason}")]
    public static partial void WriteFailed(ILogger logger, string kind, string? @namespace, string? name, string action, string reason);
}
