using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>The writes of deletion propagation, each idempotent: an object already gone or changed meanwhile is not an error.</summary>
internal static class Propagation
{
    private const int ConflictRetries = 5;

    /// <summary>Removes the dependent's ownerReferences to <paramref name="ownerUid"/> (orphan propagation).</summary>
    public static async Task OrphanAsync(ShardedResourceClient client, ResourceKey dependent, string ownerUid, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ConflictRetries; attempt++)
        {
            var current = await client.GetAsync(dependent, cancellationToken).ConfigureAwait(false);
            var references = current?.Metadata.OwnerReferences;
            if (current is null || references is null || references.All(reference => reference.Uid != ownerUid))
            {
                return;
            }
            var kept = references.Where(reference => reference.Uid != ownerUid).ToList();
            var orphaned = ResourceObjects.WithMetadata(current, current.Metadata with { OwnerReferences = kept.Count == 0 ? null : kept });
            try
            {
                await client.UpdateAsync(orphaned, WriteOptions.Default, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StatusException e) when (e.Code == 409)
            {
                // Changed meanwhile: read it again.
            }
            catch (StatusException e) when (e.Code == 404)
            {
                return;
            }
        }
    }

    /// <summary>Removes one of the control plane's finalizers from the object; it goes when none are left.</summary>
    public static async Task<ReconcileResult> RemoveFinalizerAsync(
        ShardedResourceClient client, IKubernetesObject current, string finalizer, CancellationToken cancellationToken)
    {
        var released = ResourceObjects.WithMetadata(current, current.Metadata with { Finalizers = Deletion.Without(current.Metadata.Finalizers, finalizer) });
        try
        {
            await client.UpdateAsync(released, WriteOptions.Default, cancellationToken).ConfigureAwait(false);
        }
        catch (StatusException e) when (e.Code is 409 or 404)
        {
            // Changed (its entity runs the pass again after that change) or already gone.
        }
        return ReconcileResult.Done;
    }

    public static async Task DeleteDependentAsync(ShardedResourceClient client, ResourceKey dependent, PropagationPolicy policy, CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteAsync(dependent, new DeleteOptions { PropagationPolicy = policy }, cancellationToken).ConfigureAwait(false);
        }
        catch (StatusException e) when (e.Code is 404 or 409)
        {
            // Already gone, or replaced by another object of the same name.
        }
    }

    /// <summary>Deletes every object in the namespace that is not being deleted yet; returns how many objects are still in it.</summary>
    public static async Task<int> DeleteNamespaceContentAsync(ShardedResourceClient client, ResourceView view, string ns, CancellationToken cancellationToken)
    {
        var left = 0;
        foreach (var kind in ResourceKinds.All.Where(kind => kind.Namespaced))
        {
            var listed = await view.ListAsync(new ListRequest(kind) { Namespace = ns }, cancellationToken).ConfigureAwait(false);
            left += listed.Items.Count;
            foreach (var item in listed.Items)
            {
                if (!Reconciling.ObjectFacts.Read(item.Json).BeingDeleted)
                {
                    await DeleteDependentAsync(client, item.Key, PropagationPolicy.Background, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        return left;
    }
}
