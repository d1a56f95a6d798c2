using System.CommandLine;
using System.Text.Json.Nodes;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao delete KIND NAME | -f FILE</c>: deletes objects; their dependents follow in the background.</summary>
internal static class DeleteCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var kind = new Argument<string?>("KIND") { Description = "The kind (pods, deploy, ...) or KIND/NAME", Arity = ArgumentArity.ZeroOrOne };
        var names = new Argument<string[]>("NAME") { Description = "Names of the objects", Arity = ArgumentArity.ZeroOrMore };
        var files = new Option<string[]>("--filename", "-f") { Description = "Delete the objects a manifest file, directory or - names", HelpName = "FILE|DIR|-" };
        var command = ClientCommand.Create("delete", "Delete objects by kind and name, or those a manifest names", client, kind, names, files);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, async (context, cancel) =>
        {
            var targets = Targets(context, result.GetValue(kind), result.GetValue(names) ?? [], result.GetValue(files) ?? []);
            var failed = false;
            foreach (var (resourceKind, @namespace, name) in targets)
            {
                try
                {
                    var options = new JsonObject { ["kind"] = "DeleteOptions", ["apiVersion"] = "v1", ["propagationPolicy"] = "Background" };
                    await context.Api.DeleteAsync(KindNames.PathOf(resourceKind, @namespace, name), options, cancel).ConfigureAwait(false);
                    await context.Output.WriteLineAsync($"{KindNames.Qualified(resourceKind)} \"{name}\" deleted").ConfigureAwait(false);
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

    private static List<(Api.Meta.ResourceKind Kind, string? Namespace, string Name)> Targets(
        ClientContext context, string? kindText, string[] names, string[] files)
    {
        if (files.Length > 0)
        {
            if (kindText is not null)
            {
                throw new ClientException("error: when deleting by -f, do not name a kind or objects as well");
            }
            return [.. ManifestFiles.Read(files, Console.In).Select(manifest =>
            {
                var kind = Applier.KindOf(manifest);
                var name = (string?)manifest["metadata"]?["name"] ?? throw new ClientException($"error: a {kind.Kind} manifest without metadata.name cannot be deleted");
                return (kind, Applier.NamespaceOf(context.Target, kind, manifest), name);
            })];
        }

        if (kindText is null)
        {
            throw new ClientException("error: You must provide one or more resources by argument or filename.");
        }
        var (resolved, slashName) = KindNames.ResolveWithName(kindText, names.Length > 0 && kindText.Contains('/', StringComparison.Ordinal) ? names[0] : null);
        var all = slashName is not null ? [slashName] : names;
        if (all.Length == 0)
        {
            throw new ClientException("error: resource(s) were provided, but no name was specified");
        }
        var @namespace = resolved.Namespaced ? context.Target.Namespace : null;
        return [.. all.Select(name => (resolved, @namespace, name))];
    }
}
