namespace ActorOrchestrator.Host.Cli;

/// <summary>The command line asked for something malformed; the message says what and is shown as it is.</summary>
internal sealed class UsageException(string message) : Exception(message);
