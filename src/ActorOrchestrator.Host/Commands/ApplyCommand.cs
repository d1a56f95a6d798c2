using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao apply</c>: creates or updates resources from manifests; not available yet.</summary>
internal static class ApplyCommand
{
    public static Command Create() => NotAvailableYet.Command("apply", "Apply a configuration to a resource by file name or stdin");
}
