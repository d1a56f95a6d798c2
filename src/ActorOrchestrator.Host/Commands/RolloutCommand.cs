using System.CommandLine;
using ActorOrchestrator.Api;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao rollout status|history|undo deployment/NAME</c>.</summary>
internal static class RolloutCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var command = new Command("rollout", "Follow, list or undo the rollouts of a deployment")
        {
            Status(configuration), History(configuration), Undo(configuration),
        };
        return command;
    }

    private static Command Status(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var (kind, name) = Target();
        var timeout = new Option<TimeSpan?>("--timeout") { Description = "Give up after this long (e.g. 00:01:00); unlimited when unset", HelpName = "DURATION" };
        var command = ClientCommand.Create("status", "Wait until a deployment's rollout completes, printing its progress", client, kind, name, timeout);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, (context, cancel) =>
            new DeploymentRollout(context, DeploymentName(result, kind, name)).WatchStatusAsync(result.GetValue(timeout), cancel), cancellationToken));
        return command;
    }

    private static Command History(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var (kind, name) = Target();
        var command = ClientCommand.Create("history", "List a deployment's revisions", client, kind, name);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, (context, cancel) =>
            new DeploymentRollout(context, DeploymentName(result, kind, name)).PrintHistoryAsync(cancel), cancellationToken));
        return command;
    }

    private static Command Undo(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var (kind, name) = Target();
        var toRevision = new Option<long>("--to-revision") { Description = "The revision to go back to; 0 (default) is the previous one", HelpName = "N" };
        var command = ClientCommand.Create("undo", "Roll a deployment back to an earlier revision", client, kind, name, toRevision);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, (context, cancel) =>
            new DeploymentRollout(context, DeploymentName(result, kind, name)).UndoAsync(result.GetValue(toRevision), cancel), cancellationToken));
        return command;
    }

    private static (Argument<string> Kind, Argument<string?> Name) Target() =>
        (new Argument<string>("KIND") { Description = "deployment/NAME, or deployment followed by NAME" },
         new Argument<string?>("NAME") { Description = "The deployment's name", Arity = ArgumentArity.ZeroOrOne });

    private static string DeploymentName(ParseResult result, Argument<string> kind, Argument<string?> name)
    {
        var (resolved, objectName) = KindNames.ResolveWithName(result.GetValue(kind)!, result.GetValue(name));
        if (resolved != ResourceKinds.Deployment)
        {
            throw new ClientException($"error: rollouts are tracked for deployments only, not {resolved.Plural}");
        }
        return objectName ?? throw new ClientException("error: required resource not specified");
    }
}
