using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Reconciling;

internal static partial class ReconcileTriggerLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Reconcile trigger: the watch of {Kind} fell behind the view's window; rescanning every {Kind}")]
    public static partial void WatchRestarted(ILogger logger, string kind);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Reconcile trigger: the watch of {Kind} failed; restarting it in 1 s")]
    public static partial void WatchFailed(ILogger logger, Exception exception, string kind);
}
