using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao describe</c>: shows a resource with its status and events; not available yet.</summary>
internal static class DescribeCommand
{
    public static Command Create() => NotAvailableYet.Command("describe", "Show details of a specific resource or group of resources");
}
