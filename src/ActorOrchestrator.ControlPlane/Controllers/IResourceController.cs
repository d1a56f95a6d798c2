using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Controllers;

/// <summary>
/// The controller logic of one kind (Deployment, ReplicaSet ...). Its entity runs it after recovery, after every change
/// of its object, on a Reconcile poke and on the resync timer: outside the entity's message handling, at most one run
/// per object at a time, pokes that arrive during a run coalesced into one more run. Level-triggered: it compares
/// desired with observed state (the object, and the read view for everything else), issues idempotent commands through
/// <see cref="ReconcileContext.Client"/> (its own status included, with a resourceVersion precondition) and returns.
/// </summary>
public interface IResourceController
{
    ResourceKind Kind { get; }

    Task<ReconcileResult> ReconcileAsync(ReconcileContext context, CancellationToken cancellationToken);
}
