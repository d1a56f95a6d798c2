using System.CommandLine;
using ActorOrchestrator.Host.Commands;

namespace ActorOrchestrator.Host.Cli;

/// <summary>The <c>ao</c> command line: one root with the shared configuration options and a command per verb.</summary>
internal static class AoCommandLine
{
    public static RootCommand Create()
    {
        var configuration = new ConfigurationOptions();
        return new RootCommand("ao runs and drives ActorOrchestrator, a Kubernetes-style container orchestrator whose control plane is an actor cluster.")
        {
            configuration.Files,
            configuration.Settings,
            UpCommand.Create(configuration),
            NodeCommand.Create(),
            ConfigCommand.Create(configuration),
            ApplyCommand.Create(configuration),
            GetCommand.Create(configuration),
            DescribeCommand.Create(configuration),
            DeleteCommand.Create(configuration),
            LogsCommand.Create(configuration),
            ScaleCommand.Create(configuration),
            RolloutCommand.Create(configuration),
        };
    }
}
