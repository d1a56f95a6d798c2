using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorOrchestrator.Api.Patching;

/// <summary>RFC 6902 JSON patch: add, remove, replace, move, copy and test, applied in order, all or nothing.</summary>
public static class JsonPatch
{
    /// <summary>The patched document; the inputs are not changed. Throws <see cref="PatchException"/> when an operation fails.</summary>
    public static JsonNode? Apply(JsonNode? document, JsonNode? patch)
    {
        if (patch is not JsonArray operations)
        {
            throw new PatchException("a JSON patch must be a list of operations");
        }

        var root = new JsonObject { ["doc"] = document?.DeepClone() };
        for (var index = 0; index < operations.Count; index++)
        {
            if (operations[index] is not JsonObject operation)
            {
                throw new PatchException($"operation {index} is not an object");
            }

            ApplyOperation(root, operation);
        }

        return root["doc"]?.DeepClone();
    }

    private static void ApplyOperation(JsonObject root, JsonObject operation)
    {
        var op = Text(operation, "op");
        var path = Text(operation, "path");
        switch (op)
        {
            case "add":
                Add(root, path, Value(operation, op));
                break;
            case "remove":
                Remove(root, path, op);
                break;
            case "replace":
                Remove(root, path, op);
                Add(root, path, Value(operation, op));
                break;
            case "move":
                var from = Text(operation, "from");
                if (path.StartsWith(from + "/", StringComparison.Ordinal))
                {
                    throw new PatchException($"move operation does not apply: \"{path}\" is inside \"{from}\"");
                }

                Add(root, path, Remove(root, from, op));
                break;
            case "copy":
                Add(root, path, Get(root, Text(operation, "from"), op)?.DeepClone());
                break;
            case "test":
                if (!JsonNode.DeepEquals(Get(root, path, op), operation["value"]))
                {
                    throw new PatchException($"testing value {path} failed: test failed");
                }

                break;
            default:
                throw new PatchException($"unexpected kind of operation: \"{op}\"");
        }
    }

    private static (JsonNode Parent, string Token) Parent(JsonObject root, string pointer, string op)
    {
        var tokens = JsonPointer.Parse(pointer);
        JsonNode parent = root;
        var token = "doc";
        foreach (var next in tokens)
        {
            parent = Child(parent, token, pointer, op) ?? throw Missing(op, pointer);
            token = next;
        }

        return (parent, token);
    }

    private static JsonNode? Child(JsonNode parent, string token, string pointer, string op) => parent switch
    {
        JsonObject obj => obj.TryGetPropertyValue(token, out var value) ? value : throw Missing(op, pointer),
        JsonArray array => array[JsonPointer.Index(token, array.Count, allowEnd: false, pointer)],
        _ => throw Missing(op, pointer),
    };

    private static JsonNode? Get(JsonObject root, string pointer, string op)
    {
        var (parent, token) = Parent(root, pointer, op);
        return Child(parent, token, pointer, op);
    }

    private static void Add(JsonObject root, string pointer, JsonNode? value)
    {
        var (parent, token) = Parent(root, pointer, "add");
        switch (parent)
        {
            case JsonObject obj:
                obj[token] = value;
                break;
            case JsonArray array:
                array.Insert(JsonPointer.Index(token, array.Count, allowEnd: true, pointer), value);
                break;
            default:
                throw Missing("add", pointer);
        }
    }

    private static JsonNode? Remove(JsonObject root, string pointer, string op)
    {
        var (parent, token) = Parent(root, pointer, op);
        switch (parent)
        {
            case JsonObject obj:
                if (!obj.TryGetPropertyValue(token, out var value))
                {
                    throw Missing(op, pointer);
                }

                obj.Remove(token);
                return value;
            case JsonArray array:
                var index = JsonPointer.Index(token, array.Count, allowEnd: false, pointer);
                var item = array[index];
                array.RemoveAt(index);
                return item;
            default:
                throw Missing(op, pointer);
        }
    }

    private static string Text(JsonObject operation, string field) =>
        operation[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new PatchException($"operation {operation.ToJsonString()} has no \"{field}\"");

    private static JsonNode? Value(JsonObject operation, string op) =>
        operation.TryGetPropertyValue("value", out var value) ? value?.DeepClone() : throw new PatchException($"{op} operation has no \"value\"");

    private static PatchException Missing(string op, string pointer) =>
        new($"{op} operation does not apply: doc is missing path: \"{pointer}\"");
}
