using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Agent.Logs;

/// <summary>
/// <c>kubectl logs</c> for the pods of this node: the container instance's CRI log file, read by the runtime's log
/// reader (tail, since, follow, previous, timestamps, limitBytes), with the API server's errors.
/// </summary>
internal sealed class PodLogs(ResourceView view, IContainerRuntime runtime, string dataDir, string nodeName, TimeProvider time) : IPodLogs
{
    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(PodLogRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (path, followUntil) = await ResolveAsync(request, cancellationToken).ConfigureAwait(false);
        var options = new ContainerLogReadOptions
        {
            TailLines = request.TailLines is { } tail ? (int)Math.Clamp(tail, 0, int.MaxValue) : null,
            Since = request.SinceTime ?? (request.SinceSeconds is { } seconds ? time.GetUtcNow() - TimeSpan.FromSeconds(seconds) : null),
            Follow = followUntil is not null,
            Timestamps = request.Timestamps,
            LimitBytes = request.LimitBytes,
        };
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<ReadOnlyMemory<byte>>(16);
        var writing = Task.Run(
            async () =>
            {
                try
                {
                    await using var stream = new ChannelWriteStream(channel.Writer);
                    await ContainerLogReader.WriteAsync(path, options, stream, followUntil, reading.Token).ConfigureAwait(false);
                    channel.Writer.TryComplete();
                }
                catch (OperationCanceledException) when (reading.IsCancellationRequested)
                {
                    channel.Writer.TryComplete();
                }
                catch (Exception exception)
                {
                    channel.Writer.TryComplete(exception);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return chunk;
            }
        }
        finally
        {
            await reading.CancelAsync().ConfigureAwait(false);
            await writing.ConfigureAwait(false);
        }
    }

    private async Task<(string Path, Task? FollowUntil)> ResolveAsync(PodLogRequest request, CancellationToken cancellationToken)
    {
        var pod = view.Get(ResourceKinds.Pod, request.Namespace, request.Pod)?.ToObject<Pod>()
                  ?? throw StatusException.NotFound(ResourceKinds.Pod, request.Pod);
        var name = ContainerName(pod, request);
        if (string.IsNullOrEmpty(pod.Spec.NodeName))
        {
            throw StatusException.BadRequest($"pod {request.Pod} does not have a host assigned");
        }

        if (pod.Spec.NodeName != nodeName)
        {
            throw StatusException.ServiceUnavailable($"pod {request.Pod} runs on node {pod.Spec.NodeName}; node {nodeName} serves only the logs of its own pods");
        }

        var instances = await runtime.ListContainersAsync(
            new ContainerFilter
            {
                LabelSelector = ImmutableDictionary<string, string>.Empty
                    .Add(RuntimeLabels.PodUid, pod.Metadata.Uid ?? "")
                    .Add(RuntimeLabels.ContainerName, name),
            },
            cancellationToken).ConfigureAwait(false);
        var current = instances.MaxBy(instance => instance.Metadata.Attempt);
        var logDirectory = PodLogPaths.PodLogDirectory(dataDir, request.Namespace, request.Pod, pod.Metadata.Uid ?? "");
        if (request.Previous)
        {
            var previousAttempt = (current?.Metadata.Attempt ?? 0) - 1;
            var previous = PodLogPaths.ContainerLogFile(logDirectory, name, previousAttempt);
            if (current is null || previousAttempt < 0 || !File.Exists(previous))
            {
                throw StatusException.BadRequest($"previous terminated container \"{name}\" in pod \"{request.Pod}\" not found");
            }

            return (previous, null);
        }

        if (current is null)
        {
            var status = (pod.Status?.ContainerStatuses ?? []).Concat(pod.Status?.InitContainerStatuses ?? []).FirstOrDefault(candidate => candidate.Name == name);
            var reason = status?.State?.Waiting?.Reason ?? "ContainerCreating";
            throw StatusException.BadRequest($"container \"{name}\" in pod \"{request.Pod}\" is waiting to start: {reason}");
        }

        var path = current.LogPath.Length > 0 ? current.LogPath : PodLogPaths.ContainerLogFile(logDirectory, name, current.Metadata.Attempt);
        var followUntil = request.Follow && current.State == Runtime.ContainerState.Running
            ? runtime.WaitContainerAsync(current.Id, cancellationToken)
            : null;
        return (path, followUntil);
    }

    private static string ContainerName(Pod pod, PodLogRequest request)
    {
        var names = (pod.Spec.Containers ?? []).Select(container => container.Name ?? "").ToArray();
        var initNames = (pod.Spec.InitContainers ?? []).Select(container => container.Name ?? "").ToArray();
        if (request.Container is { Length: > 0 } given)
        {
            if (!names.Contains(given) && !initNames.Contains(given))
            {
                throw new StatusException(new Api.Meta.Status
                {
                    Outcome = "Failure",
                    Code = 404,
                    Reason = "NotFound",
                    Message = $"container {given} is not valid for pod {request.Pod}",
                    Details = new StatusDetails { Name = request.Pod, Kind = ResourceKinds.Pod.Plural },
                });
            }

            return given;
        }

        if (names.Length == 1)
        {
            return names[0];
        }

        var message = $"a container name must be specified for pod {request.Pod}, choose one of: [{string.Join(' ', names)}]";
        throw StatusException.BadRequest(initNames.Length == 0 ? message : $"{message} or one of the init containers: [{string.Join(' ', initNames)}]");
    }
}
