using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// Simple managedFields bookkeeping: one entry per (manager, operation, subresource), holding the time of its last
/// write and a FieldsV1 trie of the fields it wrote. Ownership conflicts are not detected.
/// </summary>
internal static class ManagedFieldsBook
{
    public const string Apply = "Apply";
    public const string Update = "Update";

    /// <summary>The entries after <paramref name="manager"/> wrote <paramref name="written"/>; unchanged when there is no manager.</summary>
    public static IReadOnlyList<ManagedFieldsEntry>? Record(
        IReadOnlyList<ManagedFieldsEntry>? entries, string? manager, string operation, string apiVersion, DateTimeOffset now,
        JsonObject written, string? subresource = null)
    {
        if (string.IsNullOrEmpty(manager))
        {
            return entries;
        }
        var entry = new ManagedFieldsEntry
        {
            Manager = manager,
            Operation = operation,
            ApiVersion = apiVersion,
            Time = now,
            FieldsType = "FieldsV1",
            FieldsV1 = JsonSerializer.SerializeToElement(FieldsOf(written, subresource)),
            Subresource = subresource,
        };
        var result = new List<ManagedFieldsEntry>();
        var replaced = false;
        foreach (var existing in entries ?? [])
        {
            if (existing.Manager == manager && existing.Operation == operation && existing.Subresource == subresource)
            {
                result.Add(entry);
                replaced = true;
            }
            else
            {
                result.Add(existing);
            }
        }
        if (!replaced)
        {
            result.Add(entry);
        }
        return result;
    }

    /// <summary>The trie of the written fields: the status alone for the status subresource, else labels, annotations and every non-status field.</summary>
    private static JsonObject FieldsOf(JsonObject written, string? subresource)
    {
        var trie = new JsonObject();
        foreach (var (name, value) in written)
        {
            if (value is null || name is "apiVersion" or "kind" || (name == "status") != (subresource == "status"))
            {
                continue;
            }
            if (name == "metadata")
            {
                var metadata = new JsonObject();
                foreach (var kept in new[] { "labels", "annotations" })
                {
                    if (value[kept] is { } node)
                    {
                        metadata["f:" + kept] = Trie(node);
                    }
                }
                if (metadata.Count > 0)
                {
                    trie["f:metadata"] = metadata;
                }
                continue;
            }
            trie["f:" + name] = Trie(value);
        }
        return trie;
    }

    private static JsonObject Trie(JsonNode node)
    {
        var result = new JsonObject();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (value is not null)
                    {
                        result["f:" + name] = Trie(value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is JsonObject element && element["name"] is JsonValue name)
                    {
                        result["k:" + new JsonObject { ["name"] = name.DeepClone() }.ToJsonString()] = Trie(element);
                    }
                    else if (item is JsonValue value)
                    {
                        result["v:" + value.ToJsonString()] = new JsonObject();
                    }
                }
                break;
        }
        return result;
    }
}
