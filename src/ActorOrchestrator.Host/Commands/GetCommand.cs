using System.CommandLine;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao get KIND [NAME]</c>: lists objects in kubectl's columns, or prints them as JSON, YAML or names.</summary>
internal static class GetCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var kind = new Argument<string>("KIND") { Description = "The kind: plural, singular or short name (pods, pod, po), or KIND/NAME" };
        var name = new Argument<string?>("NAME") { Description = "One object's name", Arity = ArgumentArity.ZeroOrOne };
        var selector = new Option<string>("--selector", "-l") { Description = "A label selector, e.g. app=web,tier!=db", HelpName = "SELECTOR" };
        var allNamespaces = new Option<bool>("--all-namespaces", "-A") { Description = "List across every namespace" };
        var output = new Option<string>("--output", "-o") { Description = "Output format: wide, json, yaml or name", HelpName = "FORMAT" };
        output.AcceptOnlyFromAmong([.. ObjectPrinter.Formats]);
        var watch = new Option<bool>("--watch", "-w") { Description = "After listing, print every change until interrupted" };
        var command = new Command("get", "Display one or many objects") { kind, name, selector, allNamespaces, output, watch };
        foreach (var option in client.All)
        {
            command.Options.Add(option);
        }
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, (context, cancel) =>
        {
            var (resolved, objectName) = KindNames.ResolveWithName(result.GetValue(kind)!, result.GetValue(name));
            var getter = new Getter(
                resolved,
                objectName,
                result.GetValue(allNamespaces) ? null : context.Target.Namespace,
                result.GetValue(selector),
                result.GetValue(output) ?? "",
                result.GetValue(watch));
            return getter.RunAsync(context, cancel);
        }, cancellationToken));
        return command;
    }
}
