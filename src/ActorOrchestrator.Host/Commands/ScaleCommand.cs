using System.CommandLine;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao scale KIND NAME --replicas N</c>: sets the replica count of a deployment or replica set.</summary>
internal static class ScaleCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var kind = new Argument<string>("KIND") { Description = "deployment or replicaset, or KIND/NAME" };
        var name = new Argument<string?>("NAME") { Description = "The object's name", Arity = ArgumentArity.ZeroOrOne };
        var replicas = new Option<int>("--replicas") { Description = "The new number of replicas", HelpName = "N", Required = true };
        var command = ClientCommand.Create("scale", "Set a new size for a deployment or replica set", client, kind, name, replicas);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, async (context, cancel) =>
        {
            var (resolved, objectName) = KindNames.ResolveWithName(result.GetValue(kind)!, result.GetValue(name));
            if (resolved != ResourceKinds.Deployment && resolved != ResourceKinds.ReplicaSet)
            {
                throw new ClientException($"error: cannot scale {resolved.Plural}: only deployments and replicasets have replicas");
            }
            if (objectName is null)
            {
                throw new ClientException("error: resource(s) were provided, but no name was specified");
            }
            var count = result.GetValue(replicas);
            if (count < 0)
            {
                throw new ClientException("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
            }
            var patch = new JsonObject { ["spec"] = new JsonObject { ["replicas"] = count } };
            await context.Api.PatchAsync(KindNames.PathOf(resolved, context.Target.Namespace, objectName), patch, cancel).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"{KindNames.ObjectName(resolved, objectName)} scaled").ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
