using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao delete</c>: deletes resources; not available yet.</summary>
internal static class DeleteCommand
{
    public static Command Create() => NotAvailableYet.Command("delete", "Delete resources by file names, stdin, resources and names, or by label selector");
}
