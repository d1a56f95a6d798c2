using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>The process driver's log messages.</summary>
internal static partial class ProcessRuntimeLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Container {ContainerId} ({Container}) started: pid {Pid}")]
    public static partial void ContainerStarted(this ILogger logger, string containerId, string container, int pid);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Container {ContainerId} ({Container}) exited with code {ExitCode} ({Reason})")]
    public static partial void ContainerExited(this ILogger logger, string containerId, string container, int exitCode, string reason);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Container {ContainerId} ({Container}) could not start: {Problem}")]
    public static partial void ContainerStartFailed(this ILogger logger, string containerId, string container, string problem);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Information, Message = "Adopted {Running} running and {Exited} exited containers from {Directory}")]
    public static partial void Adopted(this ILogger logger, int running, int exited, string directory);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Watching container {ContainerId} failed; retrying on the next pass")]
    public static partial void ObserveFailed(this ILogger logger, Exception exception, string containerId);
}
