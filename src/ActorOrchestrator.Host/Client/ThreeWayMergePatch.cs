using System.Text.Json.Nodes;

namespace ActorOrchestrator.Host.Client;

/// <summary>
/// Client-side apply's patch: set what the manifest has that the live object lacks or holds differently (a list
/// that differs is sent whole), and remove what the last applied manifest had and this one dropped. Fields the
/// server filled in (defaults, status) are left alone.
/// </summary>
internal static class ThreeWayMergePatch
{
    /// <summary>The JSON merge patch, or null when the live object already is what the manifest asks for.</summary>
    public static JsonObject? Create(JsonObject? lastApplied, JsonObject modified, JsonObject current)
    {
        var patch = new JsonObject();
        foreach (var (key, wanted) in modified)
        {
            var live = current[key];
            if (wanted is JsonObject wantedObject && live is JsonObject liveObject)
            {
                if (Create(lastApplied?[key] as JsonObject, wantedObject, liveObject) is { } nested)
                {
                    patch[key] = nested;
                }
            }
            else if (!IsSubset(wanted, live))
            {
                patch[key] = wanted?.DeepClone();
            }
        }

        foreach (var (key, _) in lastApplied ?? [])
        {
            if (!modified.ContainsKey(key) && current.ContainsKey(key))
            {
                patch[key] = null;
            }
        }
        return patch.Count > 0 ? patch : null;
    }

    /// <summary>Whether <paramref name="live"/> holds everything <paramref name="wanted"/> says (and maybe more).</summary>
    public static bool IsSubset(JsonNode? wanted, JsonNode? live) => wanted switch
    {
        null => live is null,
        JsonObject wantedObject => live is JsonObject liveObject
            && wantedObject.All(entry => IsSubset(entry.Value, liveObject[entry.Key])),
        JsonArray wantedArray => live is JsonArray liveArray
            && wantedArray.Count == liveArray.Count
            && wantedArray.Select((item, index) => IsSubset(item, liveArray[index])).All(same => same),
        _ => JsonNode.DeepEquals(wanted, live) || SameScalarText(wanted, live),
    };

    // YAML "8080" and 8080, or 1 and 1.0, mean the same to the server.
    private static bool SameScalarText(JsonNode wanted, JsonNode? live) =>
        wanted is JsonValue && live is JsonValue && wanted.ToString() == live.ToString();
}
