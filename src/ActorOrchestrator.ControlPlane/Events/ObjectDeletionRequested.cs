using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>Deletion was requested while finalizers are pending: the object now carries metadata.deletionTimestamp and stays until its finalizers are removed. Manifest <c>ObjectDeletionRequested.v1</c>.</summary>
public sealed record ObjectDeletionRequested : IResourceEvent
{
    public ObjectDeletionRequested(JsonElement @object) => Object = ResourceEventObject.RequireObject(@object, nameof(ObjectDeletionRequested));

    /// <inheritdoc />
    public JsonElement Object { get; }
}
