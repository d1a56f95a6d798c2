using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActorOrchestrator.Gateway.Discovery;

namespace ActorOrchestrator.Gateway.OpenApi;

/// <summary>
/// The OpenAPI v3 that kubectl needs (not a schema): an index of group-versions, and per group-version the write
/// operations of each kind with their <c>fieldValidation</c> parameter, so kubectl leaves field validation to the server.
/// </summary>
internal static class OpenApiDocuments
{
    public static IReadOnlyDictionary<string, byte[]> GroupVersionDocuments(string version) =>
        ResourceCatalog.GroupVersions.ToDictionary(gv => RelativePath(gv.Group, gv.Version), gv => Bytes(GroupVersion(gv.Group, gv.Version, version)));

    public static byte[] Index(IReadOnlyDictionary<string, byte[]> documents)
    {
        var paths = new JsonObject();
        foreach (var (path, document) in documents)
        {
            var hash = Convert.ToHexString(SHA256.HashData(document))[..32];
            paths[path] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{path}?hash={hash}" };
        }

        return Bytes(new JsonObject { ["paths"] = paths });
    }

    private static JsonObject GroupVersion(string group, string groupVersion, string version)
    {
        var paths = new JsonObject();
        foreach (var served in ResourceCatalog.In(group, groupVersion))
        {
            var kind = served.Kind;
            var prefix = group.Length == 0 ? $"/api/{groupVersion}" : $"/apis/{group}/{groupVersion}";
            var collection = kind.Namespaced ? $"{prefix}/namespaces/{{namespace}}/{kind.Plural}" : $"{prefix}/{kind.Plural}";
            paths[collection] = new JsonObject { ["post"] = Operation(kind.Group, kind.Version, kind.Kind, $"create{kind.Kind}") };
            paths[$"{collection}/{{name}}"] = new JsonObject
            {
                ["put"] = Operation(kind.Group, kind.Version, kind.Kind, $"replace{kind.Kind}"),
                ["patch"] = Operation(kind.Group, kind.Version, kind.Kind, $"patch{kind.Kind}"),
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = version },
            ["paths"] = paths,
        };
    }

    private static JsonObject Operation(string group, string version, string kind, string operationId) => new()
    {
        ["operationId"] = operationId,
        ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = group, ["version"] = version, ["kind"] = kind },
        ["parameters"] = new JsonArray(
            Parameter("dryRun"),
            Parameter("fieldManager"),
            Parameter("fieldValidation")),
    };

    private static JsonObject Parameter(string name) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true },
    };

    private static string RelativePath(string group, string version) => group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";

    private static byte[] Bytes(JsonNode document) => Encoding.UTF8.GetBytes(document.ToJsonString());
}
