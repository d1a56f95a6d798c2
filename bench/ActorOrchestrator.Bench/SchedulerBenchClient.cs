using System.Diagnostics;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.Bench;

/// <summary>The real client, passed through unchanged, noting when the scheduler sent its first and last bindings and how many were in flight.</summary>
internal sealed class SchedulerBenchClient(IResourceClient inner) : IResourceClient
{
    private long _firstBind;
    private long _lastBind;
    private int _inFlight;
    private int _mostInFlight;
    private long _inFlightSum;
    private long _binds;

    /// <summary>The <see cref="Stopwatch"/> timestamp of the first BindAsync call; 0 before it.</summary>
    public long FirstBind => Interlocked.Read(ref _firstBind);

    /// <summary>The <see cref="Stopwatch"/> timestamp of the latest BindAsync call.</summary>
    public long LastBind => Interlocked.Read(ref _lastBind);

    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    /// <summary>The mean number of bindings already in flight when one more was sent.</summary>
    public double MeanInFlight => Interlocked.Read(ref _binds) == 0 ? 0 : (double)Interlocked.Read(ref _inFlightSum) / Interlocked.Read(ref _binds);

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

    public async Task<IKubernetesObject> BindAsync(ResourceKey pod, string nodeName, CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref _firstBind, now, 0);
        Interlocked.Exchange(ref _lastBind, now);
        var inFlight = Interlocked.Increment(ref _inFlight);
        Interlocked.Add(ref _inFlightSum, inFlight - 1);
        Interlocked.Increment(ref _binds);
        int most;
        while (inFlight > (most = Volatile.Read(ref _mostInFlight)) && Interlocked.CompareExchange(ref _mostInFlight, inFlight, most) != most)
        {
        }
        try
        {
            return await inner.BindAsync(pod, nodeName, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
