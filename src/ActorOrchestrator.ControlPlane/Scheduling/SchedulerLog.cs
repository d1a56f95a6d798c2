using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>The scheduler's log messages.</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Scheduler started: {NodeCount} nodes, {PodCount} pods, {PendingCount} pending, cache built in {ElapsedMs} ms")]
    public static partial void CacheBuilt(ILogger logger, int nodeCount, int podCount, int pendingCount, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Bound pod {Pod} to node {Node}")]
    public static partial void Bound(ILogger logger, string pod, string node);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Pod {Pod} is unschedulable: {Message}")]
    public static partial void Unschedulable(ILogger logger, string pod, string message);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Binding pod {Pod} to node {Node} failed; trying again in {BackoffMs} ms: {Reason}")]
    public static partial void BindFailed(ILogger logger, string pod, string node, long backoffMs, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Pod {Pod} was bound by someone else or is gone; binding to node {Node} dropped: {Reason}")]
    public static partial void BindSuperseded(ILogger logger, string pod, string node, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "The binding of pod {Pod} did not show in the read model within the assumed-pod TTL; the assumption is forgotten")]
    public static partial void AssumptionExpired(ILogger logger, string pod);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Could not write the PodScheduled condition of pod {Pod}: {Reason}")]
    public static partial void StatusWriteFailed(ILogger logger, string pod, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "The scheduler's watch of the read model failed; restarting to list again")]
    public static partial void FeedFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The scheduler ignores {Entity}: its object in the read model could not be read: {Reason}")]
    public static partial void UnreadableObject(ILogger logger, string entity, string reason);
}
