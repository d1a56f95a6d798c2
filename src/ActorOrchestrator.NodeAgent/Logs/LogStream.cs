namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>Which output of the container a log record came from.</summary>
public enum LogStream
{
    /// <summary>Standard output.</summary>
    Stdout,

    /// <summary>Standard error.</summary>
    Stderr,
}
