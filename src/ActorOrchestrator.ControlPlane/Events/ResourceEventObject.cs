using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>
/// Moves objects in and out of resource events: an entity builds the event's JSON with <see cref="ToEventJson"/>
/// and, on recovery, reads the object back with the envelope's ordering as its resourceVersion (<see cref="Read"/>).
/// </summary>
public static class ResourceEventObject
{
    /// <summary>
    /// The object as Kubernetes JSON for an event, without <c>metadata.resourceVersion</c>: the ordering the journal
    /// assigns to the event becomes the resourceVersion, and is not known before the write.
    /// </summary>
    public static JsonElement ToEventJson(IKubernetesObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var json = ApiSerializer.ToJsonObject(resource);
        if (json["metadata"] is JsonObject metadata)
        {
            metadata.Remove("resourceVersion");
        }
        return JsonSerializer.SerializeToElement(json, ApiSerializer.Options);
    }

    /// <summary>The event's object as a model object of <paramref name="kind"/>, stamped with <paramref name="resourceVersion"/> (the event's ordering).</summary>
    public static IKubernetesObject Read(IResourceEvent resourceEvent, ResourceKind kind, long resourceVersion)
    {
        ArgumentNullException.ThrowIfNull(resourceEvent);
        ArgumentNullException.ThrowIfNull(kind);
        var stamped = ResourceVersionStamp.Apply(RawJson(resourceEvent.Object), resourceVersion);
        return (IKubernetesObject)(JsonSerializer.Deserialize(stamped, kind.ClrType, ApiSerializer.Options)
            ?? throw new JsonException($"the {kind.Kind} of a resource event is JSON null"));
    }

    /// <summary>The UTF-8 text of a JSON value as it was read or built.</summary>
    internal static ReadOnlySpan<byte> RawJson(JsonElement element) => JsonMarshal.GetRawUtf8Value(element);

    internal static JsonElement RequireObject(JsonElement value, string eventName) =>
        value.ValueKind == JsonValueKind.Object
            ? value
            : throw new ArgumentException($"{eventName} carries the whole object as a JSON object, got a JSON {value.ValueKind}.", nameof(value));
}
