using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>One reconcile pass of an object, run by its entity outside message handling: its kind's controller.</summary>
internal sealed class ObjectReconciler(EntityEnvironment environment, IResourceController? controller)
{
    /// <summary>True when a pass over <paramref name="current"/> could do anything.</summary>
    public static bool HasWork(IKubernetesObject current, IResourceController? controller) => controller is not null;

    public async Task<ReconcileResult> RunAsync(ReconcileContext context, CancellationToken cancellationToken)
    {
        _ = environment;
        return controller is null
            ? ReconcileResult.Done
            : await controller.ReconcileAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
