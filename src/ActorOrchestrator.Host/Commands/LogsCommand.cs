using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao logs</c>: prints container logs; not available yet.</summary>
internal static class LogsCommand
{
    public static Command Create() => NotAvailableYet.Command("logs", "Print the logs for a container in a pod");
}
