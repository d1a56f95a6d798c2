using System.CommandLine;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Cli;

/// <summary>The options every verb shares to layer configuration over the defaults.</summary>
internal sealed class ConfigurationOptions
{
    public Option<string[]> Files { get; } = new("--config")
    {
        Description = "A HOCON configuration file; repeatable, a later file wins over an earlier one",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<string[]> Settings { get; } = new("--set")
    {
        Description = "Set one configuration key, e.g. --set ao.api.port=8080; repeatable, wins over files and AO_ variables",
        HelpName = "KEY=VALUE",
        Recursive = true,
    };

    public ConfigurationSources Read(ParseResult result) =>
        new(result.GetValue(Files) ?? [], ConfigurationSources.ProcessEnvironment(), result.GetValue(Settings) ?? []);
}
