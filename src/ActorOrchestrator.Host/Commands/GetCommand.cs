using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao get</c>: lists resources; not available yet.</summary>
internal static class GetCommand
{
    public static Command Create() => NotAvailableYet.Command("get", "Display one or many resources");
}
