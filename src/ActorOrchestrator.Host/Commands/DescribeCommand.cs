using System.CommandLine;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao describe KIND NAME</c>: an object's fields and the Events about it.</summary>
internal static class DescribeCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var kind = new Argument<string>("KIND") { Description = "The kind (pods, deploy, rs, ...) or KIND/NAME" };
        var name = new Argument<string?>("NAME") { Description = "The object's name", Arity = ArgumentArity.ZeroOrOne };
        var command = ClientCommand.Create("describe", "Show an object's details and its events", client, kind, name);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, (context, cancel) =>
        {
            var (resolved, objectName) = KindNames.ResolveWithName(result.GetValue(kind)!, result.GetValue(name));
            return objectName is null
                ? throw new ClientException("error: ao describe needs a name: ao describe KIND NAME or KIND/NAME")
                : Describer.RunAsync(context, resolved, objectName, cancel);
        }, cancellationToken));
        return command;
    }
}
