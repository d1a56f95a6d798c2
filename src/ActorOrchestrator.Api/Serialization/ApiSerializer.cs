using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Encodes model objects as Kubernetes JSON (camelCase, unset fields omitted, canonical quantities, RFC 3339 times)
/// or YAML. For reading untrusted input use <see cref="ManifestDecoder"/>; the <c>From</c> methods here are for
/// JSON this product wrote itself.
/// </summary>
public static class ApiSerializer
{
    /// <summary>The serializer options of the model (read-only).</summary>
    public static JsonSerializerOptions Options => ApiJson.Options;

    public static string ToJson(object value) => JsonSerializer.Serialize(value, value.GetType(), ApiJson.Options);

    public static byte[] ToJsonBytes(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), ApiJson.Options);

    public static JsonObject ToJsonObject(object value) =>
        JsonSerializer.SerializeToNode(value, value.GetType(), ApiJson.Options) as JsonObject
        ?? throw new ArgumentException($"{value.GetType().Name} does not serialize to a JSON object", nameof(value));

    public static string ToYaml(object value) => YamlTreeWriter.Write([ToJsonObject(value)]);

    /// <summary>Several objects as one YAML stream, separated by <c>---</c>.</summary>
    public static string ToYaml(IEnumerable<object> values) => YamlTreeWriter.Write(values.Select(value => (JsonNode?)ToJsonObject(value)));

    public static string ToYaml(JsonNode? node) => YamlTreeWriter.Write([node]);

    public static T FromJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, ApiJson.Options) ?? throw new JsonException($"null is not a {typeof(T).Name}");

    public static T FromJson<T>(JsonNode node) =>
        node.Deserialize<T>(ApiJson.Options) ?? throw new JsonException($"null is not a {typeof(T).Name}");

    /// <summary>Reads JSON written by this product as the kind its apiVersion and kind name.</summary>
    public static IKubernetesObject FromJson(JsonNode node, ResourceKind kind) =>
        (IKubernetesObject)(node.Deserialize(kind.ClrType, ApiJson.Options) ?? throw new JsonException($"null is not a {kind.Kind}"));
}
