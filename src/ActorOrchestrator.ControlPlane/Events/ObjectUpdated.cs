using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>The object's spec or metadata changed (a PUT or PATCH of the main resource); its generation moved if the spec did. Manifest <c>ObjectUpdated.v1</c>.</summary>
public sealed record ObjectUpdated : IResourceEvent
{
    public ObjectUpdated(JsonElement @object) => Object = ResourceEventObject.RequireObject(@object, nameof(ObjectUpdated));

    /// <inheritdoc />
    public JsonElement Object { get; }
}
