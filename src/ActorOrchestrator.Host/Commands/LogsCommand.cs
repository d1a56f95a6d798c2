using System.CommandLine;
using System.Globalization;
using ActorOrchestrator.Api;
using ActorOrchestrator.Host.Client;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Commands;

/// <summary><c>ao logs POD</c>: prints (or follows) a container's output.</summary>
internal static class LogsCommand
{
    public static Command Create(ConfigurationOptions configuration)
    {
        var client = new ClientOptions(configuration);
        var pod = new Argument<string>("POD") { Description = "The pod's name, or pod/NAME" };
        var container = new Option<string>("--container", "-c") { Description = "The container; needed when the pod has several", HelpName = "NAME" };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new output until interrupted" };
        var tail = new Option<int?>("--tail") { Description = "Only the last N lines", HelpName = "N" };
        var previous = new Option<bool>("--previous", "-p") { Description = "The output of the container's previous, terminated run" };
        var command = ClientCommand.Create("logs", "Print the logs of a container in a pod", client, pod, container, follow, tail, previous);
        command.SetAction((result, cancellationToken) => ClientVerb.RunAsync(result, client, async (context, cancel) =>
        {
            var name = PodName(result.GetValue(pod)!);
            var query = new List<string>();
            if (result.GetValue(container) is { } containerName)
            {
                query.Add("container=" + Uri.EscapeDataString(containerName));
            }
            if (result.GetValue(follow))
            {
                query.Add("follow=true");
            }
            if (result.GetValue(tail) is { } lines and >= 0)
            {
                query.Add("tailLines=" + lines.ToString(CultureInfo.InvariantCulture));
            }
            if (result.GetValue(previous))
            {
                query.Add("previous=true");
            }
            var path = KindNames.PathOf(ResourceKinds.Pod, context.Target.Namespace, name) + "/log" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
            await using var stream = await context.Api.OpenStreamAsync(path, "text/plain, */*", cancel).ConfigureAwait(false);
            using var reader = new StreamReader(stream);
            var buffer = new char[8192];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
            {
                await context.Output.WriteAsync(buffer.AsMemory(0, read), cancel).ConfigureAwait(false);
                await context.Output.FlushAsync(cancel).ConfigureAwait(false);
            }
            return 0;
        }, cancellationToken));
        return command;
    }

    private static string PodName(string text)
    {
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return text;
        }
        var (kind, name) = KindNames.ResolveWithName(text, null);
        return kind == ResourceKinds.Pod
            ? name!
            : throw new ClientException($"error: ao logs reads the logs of a pod; name one as POD or pod/POD instead of {text}");
    }
}
