namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>The outcome of a command run in a container: its exit code and output (UTF-8, capped), and whether it was killed for outlasting its timeout.</summary>
public sealed record ExecSyncResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);
