using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>The node agent's log messages, with stable event ids and keys (node, pod, container).</summary>
internal static partial class AgentLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Node agent of {Node} started: {Pods} pod(s) bound here, {Adopted} adopted from the runtime, {Removed} orphaned sandbox(es) removed")]
    public static partial void AgentStarted(this ILogger logger, string node, int pods, int adopted, int removed);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Node {Node}: writing the Node object failed; retrying at the next status update")]
    public static partial void NodeWriteFailed(this ILogger logger, string node, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Node {Node}: the watch of the pods bound here ended; listing again")]
    public static partial void WatchEnded(this ILogger logger, string node, Exception? exception);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Pod {Pod}: sync failed; retrying")]
    public static partial void SyncFailed(this ILogger logger, string pod, Exception exception);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Pod {Pod}: writing its status failed; retrying")]
    public static partial void StatusWriteFailed(this ILogger logger, string pod, Exception exception);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Pod {Pod}: container {Container} exited with code {ExitCode} ({Reason})")]
    public static partial void ContainerExited(this ILogger logger, string pod, string container, int exitCode, string reason);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Pod {Pod}: {What} failed")]
    public static partial void CleanupFailed(this ILogger logger, string pod, string what, Exception exception);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "Pod {Pod}: removed sandbox {Sandbox} of a pod no longer bound to this node")]
    public static partial void OrphanRemoved(this ILogger logger, string pod, string sandbox);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Node {Node}: starting the agent failed; retrying")]
    public static partial void StartFailed(this ILogger logger, string node, Exception exception);
}
