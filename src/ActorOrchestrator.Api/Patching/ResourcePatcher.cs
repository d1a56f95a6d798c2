using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Patching;

/// <summary>Applies a patch of any of the API's patch types to an object's JSON.</summary>
public static class ResourcePatcher
{
    /// <summary>
    /// The patched object. <see cref="PatchType.ApplyPatch"/> merges the applied configuration strategically onto the live
    /// object; field ownership (managedFields, conflicts, removing fields a manager stopped applying) is the caller's.
    /// </summary>
    public static JsonObject Apply(PatchType type, JsonObject current, JsonNode? patch, ResourceKind kind) => type switch
    {
        PatchType.JsonPatch => JsonPatch.Apply(current, patch) as JsonObject ?? throw new PatchException("the patched document is not an object"),
        PatchType.MergePatch => JsonMergePatch.Apply(current, patch) as JsonObject ?? throw new PatchException("the patched document is not an object"),
        PatchType.StrategicMergePatch or PatchType.ApplyPatch => StrategicMergePatch.Apply(current, patch, kind),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
