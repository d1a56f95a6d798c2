using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>The event recorder's log messages; all Debug, since a lost event is not an error.</summary>
internal static partial class EventRecorderLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "Event dropped, {Why}: {Kind} {Namespace}/{Name} {Reason}: {Message}")]
    public static partial void Dropped(ILogger logger, string why, string? kind, string? @namespace, string? name, string reason, string message);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "Event not written for {Kind} {Namespace}/{Name} {Reason}: {Error}")]
    public static partial void WriteFailed(ILogger logger, string? kind, string? @namespace, string? name, string reason, string error);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "Event recorder of {Component} stopped with {Pending} events not written")]
    public static partial void StoppedWithPending(ILogger logger, string component, int pending);
}
