using System.Globalization;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>Kind-independent edits of model objects: their metadata, their JSON, and comparisons of spec and status.</summary>
internal static class ResourceObjects
{
    /// <summary>The top-level fields that are not "the spec": everything else (spec, data, template ...) counts for generation.</summary>
    private static readonly HashSet<string> NonSpecFields = new(StringComparer.Ordinal) { "apiVersion", "kind", "metadata", "status" };

    public static IKubernetesObject WithMetadata(IKubernetesObject resource, ObjectMeta metadata) => resource switch
    {
        Pod pod => pod with { Metadata = metadata },
        Deployment deployment => deployment with { Metadata = metadata },
        ReplicaSet replicaSet => replicaSet with { Metadata = metadata },
        Namespace ns => ns with { Metadata = metadata },
        Node node => node with { Metadata = metadata },
        ConfigMap configMap => configMap with { Metadata = metadata },
        Secret secret => secret with { Metadata = metadata },
        Event ev => ev with { Metadata = metadata },
        _ => throw new ArgumentException($"{resource.GetType().Name} is not a served kind", nameof(resource)),
    };

    /// <summary>The object with <c>metadata.resourceVersion</c> set to the journal ordering of its last event.</summary>
    public static IKubernetesObject Stamp(IKubernetesObject resource, long resourceVersion) =>
        WithMetadata(resource, resource.Metadata with { ResourceVersion = resourceVersion.ToString(CultureInfo.InvariantCulture) });

    public static JsonObject ToJson(IKubernetesObject resource) => ApiSerializer.ToJsonObject(resource);

    public static IKubernetesObject FromJson(JsonObject json, ResourceKind kind) => ApiSerializer.FromJson(json, kind);

    /// <summary>True when everything but apiVersion, kind, metadata and status is the same: the generation stays.</summary>
    public static bool SpecEquals(JsonObject left, JsonObject right)
    {
        foreach (var (name, value) in left)
        {
            if (!NonSpecFields.Contains(name) && !JsonNode.DeepEquals(value, right[name]))
            {
                return false;
            }
        }
        foreach (var (name, value) in right)
        {
            if (!NonSpecFields.Contains(name) && !left.ContainsKey(name) && value is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when both objects serialize to the same JSON (a write that changes nothing persists nothing).</summary>
    public static bool JsonEquals(IKubernetesObject left, IKubernetesObject right) => JsonNode.DeepEquals(ToJson(left), ToJson(right));

    /// <summary>The object whose top-level <c>status</c> is <paramref name="status"/>'s (removed when that has none).</summary>
    public static JsonObject WithStatusOf(JsonObject target, JsonObject source)
    {
        target.Remove("status");
        if (source["status"] is { } status)
        {
            target["status"] = status.DeepClone();
        }
        return target;
    }

    /// <summary>The time as Kubernetes stores metav1.Time: UTC, whole seconds.</summary>
    public static DateTimeOffset Now(TimeProvider time) => Rfc3339.TruncateToSeconds(time.GetUtcNow());
}
