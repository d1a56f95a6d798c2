using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Serialization.Schema;

namespace ActorOrchestrator.Api.Patching;

public static partial class StrategicMergePatch
{
    private static JsonArray MergeList(JsonArray original, JsonArray patch, SchemaNode element, string? mergeKey)
    {
        if (patch.Any(item => item is JsonObject obj && DirectiveOf(obj) == "replace" && obj.Count == 1))
        {
            return new JsonArray([.. patch.Where(item => !(item is JsonObject obj && DirectiveOf(obj) == "replace" && obj.Count == 1)).Select(StripDirectives)]);
        }

        var result = new JsonArray([.. original.Select(item => item?.DeepClone())]);
        if (mergeKey is null)
        {
            // A primitive list with the merge strategy (finalizers) is a set union.
            foreach (var item in patch)
            {
                if (!result.Any(existing => JsonNode.DeepEquals(existing, item)))
                {
                    result.Add(StripDirectives(item));
                }
            }

            return result;
        }

        foreach (var item in patch)
        {
            if (item is not JsonObject patchElement)
            {
                throw new PatchException($"a list merged by \"{mergeKey}\" may only hold objects, not {item?.ToJsonString() ?? "null"}");
            }

            var key = patchElement[mergeKey];
            var position = IndexOf(result, mergeKey, key);
            if (DirectiveOf(patchElement) == "delete")
            {
                RemoveAll(result, mergeKey, key);
            }
            else if (position >= 0)
            {
                var merged = MergeObject((JsonObject)result[position]!, patchElement, element);
                if (merged is null)
                {
                    result.RemoveAt(position);
                }
                else
                {
                    result[position] = Detach(merged);
                }
            }
            else
            {
                result.Add(StripDirectives(patchElement));
            }
        }

        return result;
    }

    private static int IndexOf(JsonArray list, string mergeKey, JsonNode? key)
    {
        for (var index = 0; index < list.Count; index++)
        {
            if (list[index] is JsonObject element && JsonNode.DeepEquals(element[mergeKey], key))
            {
                return index;
            }
        }

        return -1;
    }

    private static void RemoveAll(JsonArray list, string mergeKey, JsonNode? key)
    {
        for (var index = list.Count - 1; index >= 0; index--)
        {
            if (list[index] is JsonObject element && JsonNode.DeepEquals(element[mergeKey], key))
            {
                list.RemoveAt(index);
            }
        }
    }

    private static void DeleteFromPrimitiveList(JsonObject original, string field, JsonArray removed)
    {
        if (original[field] is not JsonArray list)
        {
            return;
        }

        original[field] = new JsonArray([.. list.Where(item => !removed.Any(value => JsonNode.DeepEquals(value, item))).Select(item => item?.DeepClone())]);
    }

    // $setElementOrder: the listed elements in the given order, then any the patch did not mention in their current order.
    private static JsonArray Reorder(JsonArray list, JsonArray order, string? mergeKey)
    {
        var remaining = list.Select(item => item?.DeepClone()).ToList();
        var ordered = new JsonArray();
        foreach (var wanted in order)
        {
            var match = remaining.FindIndex(item => mergeKey is null
                ? JsonNode.DeepEquals(item, wanted)
                : item is JsonObject element && wanted is JsonObject key && JsonNode.DeepEquals(element[mergeKey], key[mergeKey]));
            if (match >= 0)
            {
                ordered.Add(remaining[match]);
                remaining.RemoveAt(match);
            }
        }

        foreach (var item in remaining)
        {
            ordered.Add(item);
        }

        return ordered;
    }
}
