using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>A message for the entity of <see cref="Key"/> (entity id <see cref="ResourceKey.PersistenceId"/>), routed by the shard region.</summary>
public interface IResourceCommand
{
    ResourceKey Key { get; }
}

/// <summary>Create the object (defaults, validation, uid, creationTimestamp, generation 1). Replies <see cref="WriteResult"/>.</summary>
public sealed record CreateObject(ResourceKey Key, IKubernetesObject Object, WriteOptions Options) : IResourceCommand;

/// <summary>Replace metadata and spec (PUT), keeping the stored status. Replies <see cref="WriteResult"/>.</summary>
public sealed record UpdateObject(ResourceKey Key, IKubernetesObject Object, WriteOptions Options) : IResourceCommand;

/// <summary>Replace only the status (PUT .../status). Replies <see cref="WriteResult"/>.</summary>
public sealed record UpdateObjectStatus(ResourceKey Key, IKubernetesObject Object, WriteOptions Options) : IResourceCommand;

/// <summary>Patch the stored object (server-side apply creates it when missing). Replies <see cref="WriteResult"/>.</summary>
public sealed record PatchObject(ResourceKey Key, PatchRequest Patch, WriteOptions Options) : IResourceCommand;

/// <summary>Delete the object as Kubernetes does. Replies <see cref="WriteResult"/> (<see cref="WriteResult.Deleted"/> when it is gone).</summary>
public sealed record DeleteObject(ResourceKey Key, DeleteOptions Options) : IResourceCommand;

/// <summary>Bind the pod to a node (spec.nodeName and PodScheduled=True). Replies <see cref="WriteResult"/>.</summary>
public sealed record BindPod(ResourceKey Key, string NodeName) : IResourceCommand;

/// <summary>Idempotent poke: run the object's controller (and garbage collection) soon. No reply.</summary>
public sealed record ReconcileObject(ResourceKey Key) : IResourceCommand;

/// <summary>The entity's current object, for internal use. Replies <see cref="GetObjectResult"/>.</summary>
public sealed record GetObject(ResourceKey Key) : IResourceCommand;

/// <summary>The answer to a write: the stored object (resourceVersion stamped), or the Kubernetes Status of the refusal.</summary>
public sealed record WriteResult(IKubernetesObject? Object, Status? Failure, bool Deleted)
{
    public static WriteResult Stored(IKubernetesObject stored) => new(stored, null, false);

    public static WriteResult Gone(IKubernetesObject last) => new(last, null, true);

    public static WriteResult Refused(Status status) => new(null, status, false);
}

/// <summary>The entity's object as last stored; null when it does not exist (never created, or deleted).</summary>
public sealed record GetObjectResult(IKubernetesObject? Object);

/// <summary>What the shard sends an entity to stop it (passivation or hand-off): it stops after the write in progress.</summary>
public sealed record StopEntity
{
    public static readonly StopEntity Instance = new();

    private StopEntity()
    {
    }
}
