using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao rollout</c>: manages deployment rollouts; not available yet.</summary>
internal static class RolloutCommand
{
    public static Command Create() => NotAvailableYet.Command("rollout", "Manage the rollout of a resource (status, history, undo, restart)");
}
