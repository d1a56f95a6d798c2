using System.Collections.Concurrent;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

/// <summary>A controller of one kind that records every run (object name and resourceVersion) and does what the test says.</summary>
internal sealed class RecordingController(ResourceKind kind, Func<ReconcileContext, int, Task<ReconcileResult>>? behaviour = null) : IResourceController
{
    private readonly ConcurrentQueue<(string Name, string ResourceVersion)> _runs = new();
    private int _running;
    private int _mostAtOnce;

    public ResourceKind Kind => kind;

    public IReadOnlyList<(string Name, string ResourceVersion)> Runs => [.. _runs];

    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public int RunsOf(string name) => _runs.Count(run => run.Name == name);

    public async Task<ReconcileResult> ReconcileAsync(ReconcileContext context, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostAtOnce, running);
        try
        {
            var name = context.Object.Metadata.Name!;
            var attempt = RunsOf(name);
            _runs.Enqueue((name, context.Object.Metadata.ResourceVersion!));
            return behaviour is null ? ReconcileResult.Done : await behaviour(context, attempt);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
            seen = Volatile.Read(ref target);
        }
    }
}
