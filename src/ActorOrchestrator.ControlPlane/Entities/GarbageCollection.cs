using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// Kubernetes' garbage collector, level-triggered per object: a dependent all of whose owners are gone deletes itself
/// (background propagation). An owner is gone when neither the view (at least at the dependent's own resourceVersion)
/// nor the owner's entity holds an object of that name with the referenced uid.
/// </summary>
internal static class GarbageCollection
{
    /// <summary>Deletes the object when every owner is gone; true when it asked for its deletion.</summary>
    public static async Task<bool> CollectIfOrphanedAsync(ReconcileContext context, ResourceKey key, ShardedResourceClient client, CancellationToken cancellationToken)
    {
        var current = context.Object;
        var references = current.Metadata.OwnerReferences;
        if (references is not { Count: > 0 })
        {
            return false;
        }
        foreach (var reference in references)
        {
            var kind = ResourceKinds.Find(reference.ApiVersion, reference.Kind);
            if (kind is null || string.IsNullOrEmpty(reference.Name) || string.IsNullOrEmpty(reference.Uid) || (kind.Namespaced && key.Namespace.Length == 0))
            {
                return false;
            }
            var ownerKey = new ResourceKey(kind, kind.Namespaced ? key.Namespace : null, reference.Name);
            if (context.View.Get(kind, ownerKey.Namespace, ownerKey.Name)?.Uid == reference.Uid)
            {
                return false;
            }
            var live = await client.GetAsync(ownerKey, cancellationToken).ConfigureAwait(false);
            if (live?.Metadata.Uid == reference.Uid)
            {
                return false;
            }
        }
        try
        {
            await client.DeleteAsync(
                key, new DeleteOptions { PropagationPolicy = PropagationPolicy.Background, PreconditionUid = current.Metadata.Uid }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StatusException e) when (e.Code is 404 or 409)
        {
            // Already gone, or replaced by a new object of the same name.
        }
        return true;
    }
}
