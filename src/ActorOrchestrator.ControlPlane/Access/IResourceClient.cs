using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>
/// The write side of the API: every call is a command to the object's entity (entity id <c>kind/namespace/name</c>)
/// through its shard region, which checks preconditions, persists an event and replies with the stored object, its
/// <c>metadata.resourceVersion</c> set to the journal ordering of that event. Refusals throw
/// <see cref="Api.Errors.StatusException"/> with the Kubernetes Status to answer (404, 409, 422, 503, 504 ...).
/// Used by the gateway, the scheduler, the node agent and the controllers alike.
/// </summary>
public interface IResourceClient
{
    /// <summary>
    /// Creates the object: defaults applied, validated, name generated from <c>metadata.generateName</c> when no name is
    /// given, uid, creationTimestamp and generation 1 set; 409 AlreadyExists when the name is taken.
    /// </summary>
    Task<IKubernetesObject> CreateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the object's metadata and spec (PUT); its status stays the stored one. A set
    /// <c>metadata.resourceVersion</c> is a precondition (409 Conflict when stale); generation grows when the spec changed.
    /// </summary>
    Task<IKubernetesObject> UpdateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken);

    /// <summary>Replaces only the status (PUT <c>.../status</c>), with the same resourceVersion precondition.</summary>
    Task<IKubernetesObject> UpdateStatusAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken);

    /// <summary>Applies a patch inside the entity, atomically against its current state, then validates the result.</summary>
    Task<IKubernetesObject> PatchAsync(ResourceKey key, PatchRequest patch, WriteOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the object as Kubernetes does: a pod bound to a node and every object with finalizers (or foreground
    /// propagation) first gets a deletionTimestamp and stays until its agent/finalizers are done; others go at once.
    /// Dependents (ownerReferences) follow the propagation policy.
    /// </summary>
    Task<DeleteResult> DeleteAsync(ResourceKey key, DeleteOptions options, CancellationToken cancellationToken);

    /// <summary>Binds a pending pod to a node (the <c>pods/binding</c> subresource); 409 Conflict when it is already bound.</summary>
    Task<IKubernetesObject> BindAsync(ResourceKey pod, string nodeName, CancellationToken cancellationToken);
}
