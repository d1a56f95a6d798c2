using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Host.Client;

/// <summary>Prints objects as <c>-o json|yaml|name</c> do: one object as it is, several as a kind List.</summary>
internal static class ObjectPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 4 };

    public static readonly IReadOnlyList<string> Formats = ["json", "yaml", "name", "wide"];

    /// <summary>Items of a list answer with the kind and apiVersion a list leaves out filled in.</summary>
    public static IReadOnlyList<JsonObject> Items(JsonObject list, ResourceKind kind) =>
        [.. (list["items"]?.AsArray() ?? []).OfType<JsonObject>().Select(item => WithType(item, kind))];

    public static JsonObject WithType(JsonObject item, ResourceKind kind)
    {
        var copy = new JsonObject { ["apiVersion"] = kind.ApiVersion, ["kind"] = kind.Kind };
        foreach (var (key, value) in item)
        {
            if (key is not ("apiVersion" or "kind"))
            {
                copy[key] = value?.DeepClone();
            }
        }
        return copy;
    }

    public static void Write(TextWriter output, string format, ResourceKind kind, IReadOnlyList<JsonObject> objects, bool single)
    {
        switch (format)
        {
            case "name":
                foreach (var item in objects)
                {
                    output.WriteLine(KindNames.ObjectName(kind, (string?)item["metadata"]?["name"] ?? ""));
                }
                break;
            case "json":
                output.WriteLine(Document(objects, single).ToJsonString(Indented));
                break;
            default:
                output.Write(ApiSerializer.ToYaml(Document(objects, single)));
                break;
        }
    }

    private static JsonNode Document(IReadOnlyList<JsonObject> objects, bool single) =>
        single && objects.Count == 1
            ? objects[0]
            : new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "List",
                ["metadata"] = new JsonObject { ["resourceVersion"] = "" },
                ["items"] = new JsonArray([.. objects.Select(item => (JsonNode)item.DeepClone())]),
            };
}
