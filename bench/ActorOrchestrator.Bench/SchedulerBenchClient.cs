using System.Diagnostics;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.Bench;

/// <summary>The real client, passed through unchanged, noting when the scheduler sent its first binding.</summary>
internal sealed class SchedulerBenchClient(IResourceClient inner) : IResourceClient
{
    private long _firstBind;

    /// <summary>The <see cref="Stopwatch"/> timestamp of the first BindAsync call; 0 before it.</summary>
    public long FirstBind => Interlocked.Read(ref _firstBind);

    public Task<IKubernetesObject> CreateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        inner.CreateAsync(resource, options, cancellationToken);

    public Task<IKubernetesObject> UpdateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        inner.UpdateAsync(resource, options, cancellationToken);

    public Task<IKubernetesObject> UpdateStatusAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        inner.UpdateStatusAsync(resource, options, cancellationToken);

    public Task<IKubernetesObject> PatchAsync(ResourceKey key, PatchRequest patch, WriteOptions options, CancellationToken cancellationToken) =>
        inner.PatchAsync(key, patch, options, cancellationToken);

    public Task<DeleteResult> DeleteAsync(ResourceKey key, DeleteOptions options, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, options, cancellationToken);

    public Task<IKubernetesObject> BindAsync(ResourceKey pod, string nodeName, CancellationToken cancellationToken)
    {
        Interlocked.CompareExchange(ref _firstBind, Stopwatch.GetTimestamp(), 0);
        return inner.BindAsync(pod, nodeName, cancellationToken);
    }
}
