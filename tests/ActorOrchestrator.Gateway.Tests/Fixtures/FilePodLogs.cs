using System.Runtime.CompilerServices;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;

namespace ActorOrchestrator.Gateway.Tests.Fixtures;

/// <summary>
/// Pod logs served from files, one per <c>namespace/pod/container</c>, the way a node agent serves a container's log
/// file: the whole file, or with follow what is appended until <see cref="Close"/>. Unknown pods are 404s.
/// </summary>
internal sealed class FilePodLogs(string directory) : IPodLogs
{
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string PathOf(string ns, string pod, string container) => Path.Combine(directory, $"{ns}_{pod}_{container}.log");

    /// <summary>Ends every following reader once it has read the file to its end.</summary>
    public void Close() => _closed.TrySetResult();

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(PodLogRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = PathOf(request.Namespace, request.Pod, request.Container ?? "app");
        if (!File.Exists(path))
        {
            throw StatusException.NotFound(ResourceKinds.Pod, request.Pod);
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[4096];
        while (true)
        {
            var read = await file.ReadAsync(buffer, cancellationToken);
            if (read > 0)
            {
                yield return buffer.AsMemory(0, read).ToArray();
                continue;
            }

            if (!request.Follow || _closed.Task.IsCompleted)
            {
                yield break;
            }

            await Task.WhenAny(Task.Delay(50, cancellationToken), _closed.Task);
        }
    }
}
