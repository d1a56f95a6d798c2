using System.Globalization;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// One reconcile pass of an object, run by its entity outside message handling: first the lifecycle work every kind
/// shares (finishing a deletion: namespace cleanup, foreground and orphan propagation; garbage collection of a
/// dependent whose owners are gone), then its kind's controller. Every write goes through the client, like anyone's.
/// </summary>
internal sealed class ObjectReconciler(EntityEnvironment environment, IResourceController? controller)
{
    /// <summary>How soon a pass that waits for others (dependents to go, the view to catch up) looks again.</summary>
    private static readonly TimeSpan WaitingRequeue = TimeSpan.FromSeconds(1);

    /// <summary>True when a pass over <paramref name="current"/> could do anything.</summary>
    public static bool HasWork(IKubernetesObject current, IResourceController? controller) =>
        controller is not null || current.Metadata.DeletionTimestamp is not null || current.Metadata.OwnerReferences is { Count: > 0 };

    public async Task<ReconcileResult> RunAsync(ReconcileContext context, CancellationToken cancellationToken)
    {
        var current = context.Object;
        var key = ResourceKey.Of(current);
        var version = long.Parse(current.Metadata.ResourceVersion!, CultureInfo.InvariantCulture);
        if (!await context.View.WaitForResourceVersionAsync(version, environment.Settings.ViewWaitTimeout, cancellationToken).ConfigureAwait(false))
        {
            return ReconcileResult.After(WaitingRequeue);
        }
        var dependents = new DependentScan(context.View);
        if (current.Metadata.DeletionTimestamp is not null)
        {
            var finishing = await FinishDeletionAsync(context, key, dependents, cancellationToken).ConfigureAwait(false);
            if (finishing is not null)
            {
                return finishing;
            }
        }
        else if (await GarbageCollection.CollectIfOrphanedAsync(context, key, environment.Client, cancellationToken).ConfigureAwait(false))
        {
            return ReconcileResult.Done;
        }
        return controller is null
            ? ReconcileResult.Done
            : await controller.ReconcileAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The finalizers the control plane itself owns, in order; null when none of them is pending (the controller runs next).</summary>
    private async Task<ReconcileResult?> FinishDeletionAsync(ReconcileContext context, ResourceKey key, DependentScan dependents, CancellationToken cancellationToken)
    {
        var current = context.Object;
        var uid = current.Metadata.Uid!;
        if (Deletion.HasFinalizer(current, Deletion.OrphanFinalizer))
        {
            foreach (var dependent in await dependents.OfAsync(key, uid, cancellationToken).ConfigureAwait(false))
            {
                await Propagation.OrphanAsync(environment.Client, dependent.Key, uid, cancellationToken).ConfigureAwait(false);
            }
            return await Propagation.RemoveFinalizerAsync(environment.Client, current, Deletion.OrphanFinalizer, cancellationToken).ConfigureAwait(false);
        }
        if (Deletion.HasFinalizer(current, Deletion.ForegroundFinalizer))
        {
            var blocking = 0;
            foreach (var dependent in await dependents.OfAsync(key, uid, cancellationToken).ConfigureAwait(false))
            {
                blocking += dependent.BlockOwnerDeletion ? 1 : 0;
                if (!dependent.BeingDeleted)
                {
                    await Propagation.DeleteDependentAsync(environment.Client, dependent.Key, PropagationPolicy.Foreground, cancellationToken).ConfigureAwait(false);
                }
            }
            return blocking > 0
                ? ReconcileResult.After(WaitingRequeue)
                : await Propagation.RemoveFinalizerAsync(environment.Client, current, Deletion.ForegroundFinalizer, cancellationToken).ConfigureAwait(false);
        }
        if (current is Namespace { Spec.Finalizers: { Count: > 0 } finalizers } && finalizers.Contains(Deletion.NamespaceFinalizer))
        {
            var left = await Propagation.DeleteNamespaceContentAsync(environment.Client, context.View, key.Name, cancellationToken).ConfigureAwait(false);
            if (left > 0)
            {
                return ReconcileResult.After(WaitingRequeue);
            }
            await environment.Client.FinalizeNamespaceAsync(key, cancellationToken).ConfigureAwait(false);
            return ReconcileResult.Done;
        }
        return null;
    }
}
