using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors;

/// <summary>The kernel's own log messages (category ActorOrchestrator.Actors).</summary>
internal static partial class KernelLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "Kernel fault while running actor {Path}; the actor may be stuck")]
    public static partial void KernelFault(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Mailbox of {Path} is full ({Capacity} messages); dropped a {MessageType} to dead letters")]
    public static partial void MailboxOverflow(ILogger logger, string path, int capacity, string messageType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "PostStop of {Path} threw")]
    public static partial void PostStopFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "PreRestart of {Path} threw; restarting anyway")]
    public static partial void PreRestartFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "{Path} failed again while waiting for its supervisor's decision")]
    public static partial void FailureWhileFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Critical, Message = "The root guardian failed; the actor system stops")]
    public static partial void RootGuardianFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "SupervisorStrategy() of {Path} threw; using the default strategy")]
    public static partial void SupervisorStrategyFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "{Path} failed and exceeded {MaxNrOfRetries} restarts within {Window}; stopping it")]
    public static partial void RestartLimitReached(ILogger logger, string path, int maxNrOfRetries, TimeSpan window, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "{Path} failed; resuming it")]
    public static partial void ChildFailedResumed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "{Path} failed; directive {Directive}")]
    public static partial void ChildFailed(ILogger logger, string path, Directive directive, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Dead letter: {MessageType} to {Recipient} from {Sender} was not delivered")]
    public static partial void DeadLetter(ILogger logger, string messageType, string recipient, string sender);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Unhandled message: {MessageType} to {Recipient} from {Sender} was not handled")]
    public static partial void UnhandledMessage(ILogger logger, string messageType, string recipient, string sender);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "{Count} more dead letters or unhandled messages were not logged in the last {Interval}")]
    public static partial void DeadLetterSummary(ILogger logger, long count, TimeSpan interval);

    [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "Coordinated shutdown of {System} started (reason: {Reason})")]
    public static partial void ShutdownStarted(ILogger logger, string system, string reason);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Coordinated shutdown phase {Phase} timed out after {Timeout}; still running: {Tasks}; continuing with the next phase")]
    public static partial void ShutdownPhaseTimedOut(ILogger logger, string phase, TimeSpan timeout, string tasks);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Coordinated shutdown task {Task} of phase {Phase} failed; continuing")]
    public static partial void ShutdownTaskFailed(ILogger logger, string phase, string task, Exception exception);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "Actor system {System} terminated")]
    public static partial void SystemTerminated(ILogger logger, string system);
}
