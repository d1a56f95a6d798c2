using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>The object is gone; the event carries its last state, which watchers receive with the DELETED event. Manifest <c>ObjectDeleted.v1</c>.</summary>
public sealed record ObjectDeleted : IResourceEvent
{
    public ObjectDeleted(JsonElement @object) => Object = ResourceEventObject.RequireObject(@object, nameof(ObjectDeleted));

    /// <inheritdoc />
    public JsonElement Object { get; }
}
