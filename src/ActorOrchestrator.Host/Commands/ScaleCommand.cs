using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao scale</c>: sets the replica count; not available yet.</summary>
internal static class ScaleCommand
{
    public static Command Create() => NotAvailableYet.Command("scale", "Set a new size for a deployment or replica set");
}
