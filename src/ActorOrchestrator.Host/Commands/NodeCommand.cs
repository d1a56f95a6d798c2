using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao node</c>: runs a member of a multi-machine cluster; not available yet.</summary>
internal static class NodeCommand
{
    public static Command Create() => NotAvailableYet.Command("node", "Run a cluster member that joins the cluster through seed nodes");
}
