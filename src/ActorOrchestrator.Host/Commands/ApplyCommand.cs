using System.CommandLine;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao apply -f FILE|DIR|-</c>: creates or updates objects from manifests, as <c>kubectl apply</c> does.</summary>
internal static class ApplyCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var files = new Option<string[]>("--filename", "-f")
        {
            Description = "A manifest file, a directory of them, or - for standard input; repeatable",
            HelpName = "FILE|DIR|-",
            Required = true,
        };
        var command = new Command("apply", "Create or update objects from manifests (client-side apply)") { files };
        foreach (var option in client.All)
        {
            command.Options.Add(option);
        }
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, async (context, cancel) =>
        {
            var manifests = ManifestFiles.Read(result.GetValue(files) ?? [], Console.In);
            var failed = false;
            foreach (var manifest in manifests)
            {
                try
                {
                    await context.Output.WriteLineAsync(await Applier.ApplyAsync(context, manifest, cancel).ConfigureAwait(false)).ConfigureAwait(false);
                }
                catch (ClientException failure)
                {
                    failed = true;
                    await context.Error.WriteLineAsync(failure.Message).ConfigureAwait(false);
                }
            }
            return failed ? 1 : 0;
        }, cancellationToken));
        return command;
    }
}
