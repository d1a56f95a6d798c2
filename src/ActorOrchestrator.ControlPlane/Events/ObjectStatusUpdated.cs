using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>The object's status changed (a write to its status subresource, or its controller observing the world). Manifest <c>ObjectStatusUpdated.v1</c>.</summary>
public sealed record ObjectStatusUpdated : IResourceEvent
{
    public ObjectStatusUpdated(JsonElement @object) => Object = ResourceEventObject.RequireObject(@object, nameof(ObjectStatusUpdated));

    /// <inheritdoc />
    public JsonElement Object { get; }
}
