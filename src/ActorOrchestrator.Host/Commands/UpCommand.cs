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
        var port = new Option<int?>("--port") { Description = "TCP port of remoting, how cluster members reach this one (ao.remote.port); 0 picks a free port", HelpName = "PORT" };
        var apiPort = new Option<int?>("--api-port") { Description = "TCP port of the Kubernetes API gateway (ao.api.port)", HelpName = "PORT" };
        var runtime = new Option<string>("--runtime") { Description = "Container runtime: auto, process or docker (ao.node.runtime)", HelpName = "auto|process|docker" };
        runtime.AcceptOnlyFromAmong("auto", "process", "docker");
        var command = new Command("up", "Start an all-in-one node (control plane and worker) on this machine")
        {
            dataDirectory, nodeName, journal, port, apiPort, runtime,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, configuration, cancellationToken, [
            .. Setting("ao.node.data-dir", result.GetValue(dataDirectory)),
            .. Setting("ao.node.name", result.GetValue(nodeName)),
            .. Setting("ao.node.runtime", result.GetValue(runtime)),
            .. Setting("ao.remote.port", result.GetValue(port)),
            .. Setting("ao.api.port", result.GetValue(apiPort)),
            .. result.GetValue(journal) is { } text ? JournalOption.ToSettings(text) : [],
        ]));
        return command;
    }

    private static IEnumerable<string> Setting(string key, string? value) =>
        value is null ? [] : [$"{key}={JsonSerializer.Serialize(value)}"];

    private static IEnumerable<string> Setting(string key, int? value) =>
        value is null ? [] : [$"{key}={value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"];

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
