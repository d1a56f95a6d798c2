using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization.Schema;

namespace ActorOrchestrator.Api.Patching;

/// <summary>
/// Kubernetes' strategic merge patch for the served kinds. Maps merge and <c>null</c> deletes; lists tagged with a
/// patch merge key (containers by name, ports by containerPort, volumeMounts by mountPath, conditions by type ...)
/// merge element by element; other lists are replaced. Directives: <c>$patch: replace|delete|merge</c> on maps and
/// list elements, <c>$retainKeys</c>, <c>$setElementOrder/&lt;list&gt;</c> and <c>$deleteFromPrimitiveList/&lt;list&gt;</c>.
/// </summary>
public static partial class StrategicMergePatch
{
    private const string PatchDirective = "$patch";
    private const string RetainKeysDirective = "$retainKeys";
    private const string SetElementOrderPrefix = "$setElementOrder/";
    private const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/";

    /// <summary>The patched object; the inputs are not changed.</summary>
    public static JsonObject Apply(JsonObject original, JsonNode? patch, ResourceKind kind)
    {
        if (patch is not JsonObject patchObject)
        {
            throw new PatchException("a strategic merge patch must be a JSON object");
        }

        var merged = MergeObject((JsonObject)original.DeepClone(), patchObject, ApiSchema.For(kind.ClrType));
        return merged ?? throw new PatchException("a strategic merge patch may not delete the whole object");
    }

    // Returns null when the patch deletes the map ($patch: delete).
    private static JsonObject? MergeObject(JsonObject original, JsonObject patch, SchemaNode? schema)
    {
        switch (DirectiveOf(patch))
        {
            case "delete":
                return null;
            case "replace":
                return (JsonObject)StripDirectives(patch)!;
            case null or "merge":
                break;
            default:
                throw new PatchException($"unknown patch type: {DirectiveOf(patch)} in map: {patch.ToJsonString()}");
        }

        var orders = new List<(string Field, JsonArray Order)>();
        foreach (var (key, value) in patch)
        {
            if (key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal) && value is JsonArray order)
            {
                orders.Add((key[SetElementOrderPrefix.Length..], order));
            }
            else if (key.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal) && value is JsonArray removed)
            {
                DeleteFromPrimitiveList(original, key[DeleteFromPrimitiveListPrefix.Length..], removed);
            }
            else if (!key.StartsWith('$'))
            {
                MergeField(original, key, value, PropertyOf(schema, key));
            }
        }

        foreach (var (field, order) in orders)
        {
            if (original[field] is JsonArray list)
            {
                original[field] = Reorder(list, order, PropertyOf(schema, field)?.MergeKey);
            }
        }

        if (patch[RetainKeysDirective] is JsonArray retained)
        {
            var keep = retained.Select(item => item?.GetValue<string>()).ToHashSet();
            foreach (var key in original.Select(pair => pair.Key).Where(key => !keep.Contains(key)).ToList())
            {
                original.Remove(key);
            }
        }

        return original;
    }

    private static void MergeField(JsonObject original, string key, JsonNode? value, SchemaProperty? property)
    {
        var current = original[key];
        switch (value)
        {
            case null:
                original.Remove(key);
                break;
            case JsonObject patchObject:
                var merged = MergeObject(current is JsonObject currentObject ? currentObject : new JsonObject(), patchObject, property?.Schema);
                if (merged is null)
                {
                    original.Remove(key);
                }
                else
                {
                    original[key] = Detach(merged);
                }

                break;
            case JsonArray patchList when property is { MergesList: true } && property.Schema is ListSchema list:
                original[key] = MergeList(current as JsonArray ?? [], patchList, list.Element, property.MergeKey);
                break;
            default:
                original[key] = StripDirectives(value);
                break;
        }
    }

    private static JsonNode Detach(JsonNode node) => node.Parent is null ? node : node.DeepClone();

    private static SchemaProperty? PropertyOf(SchemaNode? schema, string key) => schema switch
    {
        ObjectSchema obj => obj.Properties.GetValueOrDefault(key),
        MapSchema map => new SchemaProperty(key, map.Value, null, null),
        _ => null,
    };

    private static string? DirectiveOf(JsonObject node) =>
        node[PatchDirective] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A copy of patch content with every <c>$</c> directive removed.</summary>
    private static JsonNode? StripDirectives(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(pair => !pair.Key.StartsWith('$')).Select(pair => KeyValuePair.Create(pair.Key, StripDirectives(pair.Value)))),
        JsonArray array => new JsonArray([.. array.Select(StripDirectives)]),
        _ => node?.DeepClone(),
    };
}
