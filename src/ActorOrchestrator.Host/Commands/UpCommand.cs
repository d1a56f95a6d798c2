using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao up</c>: runs an all-in-one member on embedded defaults; not available yet.</summary>
internal static class UpCommand
{
    public static Command Create() => NotAvailableYet.Command("up", "Start an all-in-one node (control plane and worker) on this machine");
}
