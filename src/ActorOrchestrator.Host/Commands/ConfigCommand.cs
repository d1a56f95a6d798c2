using System.CommandLine;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;
using ActorOrchestrator.Host.Settings;

namespace ActorOrchestrator.Host.Commands;

/// <summary>
/// <c>ao config</c>: prints the configuration a run would use, after every layer and substitution, once the
/// host's own sections have read without error (so a bad value fails here as it would at start-up).
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of HOCON" };
        var command = new Command("config", "Print the resolved configuration (defaults, --config files, AO_ environment variables and --set, merged)")
        {
            json,
        };
        command.SetAction(result => Print(result, configuration, result.GetValue(json)));
        return command;
    }

    private static int Print(ParseResult result, ConfigurationOptions configuration, bool asJson)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        return CommandFailure.Guard(error, "config", () =>
        {
            var loaded = ConfigurationLoader.Load(configuration.Read(result));
            foreach (var warning in loaded.Warnings)
            {
                error.WriteLine(warning);
            }

            _ = HostSettings.From(loaded.Config);
            output.Write(asJson ? loaded.Config.ToJson() + "\n" : loaded.Config.ToHocon());
            return 0;
        });
    }
}
