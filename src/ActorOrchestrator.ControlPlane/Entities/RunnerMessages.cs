using ActorOrchestrator.Actors;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>Run the object's controller (a requeue or a retry is due).</summary>
internal sealed record RunController
{
    public static readonly RunController Instance = new();
}

/// <summary>The periodic re-check of a controller's object; it does not count as activity, so idle entities still passivate.</summary>
internal sealed record ResyncDue : INotInfluenceReceiveTimeout
{
    public static readonly ResyncDue Instance = new();
}

/// <summary>A controller run ended, with its result or what it threw.</summary>
internal sealed record ControllerRunFinished(CancellationTokenSource Run, ReconcileResult? Result, Exception? Failure);

/// <summary>Remove the namespace's own finalizer once nothing is left in it (Kubernetes' <c>namespaces/finalize</c>). Replies <see cref="WriteResult"/>.</summary>
internal sealed record FinalizeNamespace(ResourceKey Key) : IResourceCommand;
