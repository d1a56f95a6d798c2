using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>Log messages of the singleton manager and proxy.</summary>
internal static partial class SingletonLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Singleton {Name} started on {Self}")]
    public static partial void Started(ILogger logger, string name, string self);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Singleton {Name} on {Self} stops: {Reason}")]
    public static partial void Stopping(ILogger logger, string name, string self, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Singleton {Name} on {Self} has stopped; hand-over done")]
    public static partial void Stopped(ILogger logger, string name, string self);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "{Self} is the oldest member for singleton {Name}; waiting for hand-over from [{Older}]")]
    public static partial void WaitingForHandOver(ILogger logger, string self, string name, string older);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Singleton manager for {Name} runs on {Self}, which lacks role {Role}: it will never host the singleton")]
    public static partial void MissingRole(ILogger logger, string name, string self, string role);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Proxy for singleton {Name}: singleton identified at {Location}")]
    public static partial void Identified(ILogger logger, string name, string location);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Proxy for singleton {Name}: buffer full ({Capacity} messages) while the singleton is unknown; dropped a {MessageType}")]
    public static partial void BufferOverflow(ILogger logger, string name, int capacity, string messageType);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Singleton {Name} on {Self} stopped by itself; it is not restarted on this member")]
    public static partial void StoppedByItself(ILogger logger, string name, string self);
}
