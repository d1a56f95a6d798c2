using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>The object was created (a POST, or an apply that found nothing). Manifest <c>ObjectCreated.v1</c>.</summary>
public sealed record ObjectCreated : IResourceEvent
{
    public ObjectCreated(JsonElement @object) => Object = ResourceEventObject.RequireObject(@object, nameof(ObjectCreated));

    /// <inheritdoc />
    public JsonElement Object { get; }
}
