using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>
/// A model object as JSON with object keys sorted at every level, so that equal content gives equal bytes whatever
/// order maps were filled in.
/// </summary>
internal static class CanonicalJson
{
    /// <param name="value">A model object.</param>
    /// <param name="dropEmpty">Leave out empty maps and lists, which Kubernetes' semantic equality treats as unset.</param>
    public static byte[] Of(object value, bool dropEmpty)
    {
        var node = Canonical(ApiSerializer.ToJsonObject(value), dropEmpty);
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private static JsonNode? Canonical(JsonNode? node, bool dropEmpty) => node switch
    {
        JsonObject map => CanonicalObject(map, dropEmpty),
        JsonArray list => CanonicalArray(list, dropEmpty),
        _ => node?.DeepClone(),
    };

    private static JsonObject? CanonicalObject(JsonObject map, bool dropEmpty)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var child = Canonical(value, dropEmpty);
            if (child is null && dropEmpty)
            {
                continue;
            }

            sorted[key] = child;
        }

        return dropEmpty && sorted.Count == 0 ? null : sorted;
    }

    private static JsonArray? CanonicalArray(JsonArray list, bool dropEmpty)
    {
        var copy = new JsonArray();
        foreach (var item in list)
        {
            copy.Add(Canonical(item, dropEmpty) ?? (dropEmpty ? new JsonObject() : null));
        }

        return dropEmpty && copy.Count == 0 ? null : copy;
    }
}
