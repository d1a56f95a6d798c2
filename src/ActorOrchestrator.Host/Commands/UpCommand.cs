using System.CommandLine;
using System.Text.Json;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;
using ActorOrchestrator.Host.Node;
using ActorOrchestrator.Host.Settings;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao up</c>: runs an all-in-one member (control-plane and worker roles) until stopped.</summary>
internal static class UpCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var dataDirectory = new Option<string>("--data-dir") { Description = "Directory for the journal and the node's files (ao.node.data-dir)", HelpName = "DIR" };
        var nodeName = new Option<string>("--node-name") { Description = "Name of this member (ao.node.name); the host name when empty", HelpName = "NAME" };
        var journal = new Option<string>("--journal") { Description = "Where the event journal lives (ao.persistence)", HelpName = JournalOption.HelpName };
        var command = new Command("up", "Start an all-in-one node (control plane and worker) on this machine")
        {
            dataDirectory, nodeName, journal,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, configuration, cancellationToken, [
            .. Setting("ao.node.data-dir", result.GetValue(dataDirectory)),
            .. Setting("ao.node.name", result.GetValue(nodeName)),
            .. result.GetValue(journal) is { } text ? JournalOption.ToSettings(text) : [],
        ]));
        return command;
    }

    private static IEnumerable<string> Setting(string key, string? value) =>
        value is null ? [] : [$"{key}={JsonSerializer.Serialize(value)}"];

    private static async Task<int> RunAsync(
        ParseResult result, ConfigurationOptions configuration, CancellationToken cancellationToken, IReadOnlyList<string> optionSettings)
    {
        var error = result.InvocationConfiguration.Error;
        HostSettings settings;
        try
        {
            var sources = configuration.Read(result);
            var loaded = ConfigurationLoader.Load(sources with { Settings = [.. sources.Settings, .. optionSettings] });
            foreach (var warning in loaded.Warnings)
            {
                await error.WriteLineAsync(warning).ConfigureAwait(false);
            }
            settings = HostSettings.From(loaded.Config);
        }
        catch (Exception failure) when (CommandFailure.IsUserError(failure))
        {
            await error.WriteLineAsync($"ao up: {failure.Message}").ConfigureAwait(false);
            return CommandFailure.ExitCode;
        }

        return await NodeHost.RunAsync(settings, result.InvocationConfiguration.Output, error, cancellationToken).ConfigureAwait(false);
    }
}
