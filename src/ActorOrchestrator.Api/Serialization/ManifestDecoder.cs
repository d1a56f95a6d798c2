using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization.Schema;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Turns YAML or JSON manifests into typed objects of the served kinds. Both formats go through the same JSON
/// tree and the same schema check, so they accept and reject the same things.
/// </summary>
public static class ManifestDecoder
{
    /// <summary>Decodes one JSON document.</summary>
    public static DecodedObject DecodeJson(ReadOnlySpan<byte> utf8, ResourceKind? expected = null) =>
        Decode(JsonTreeReader.Read(utf8), expected);

    public static DecodedObject DecodeJson(string json, ResourceKind? expected = null) =>
        DecodeJson(Encoding.UTF8.GetBytes(json), expected);

    /// <summary>Decodes every non-empty document of a YAML stream (<c>---</c> separated).</summary>
    public static IReadOnlyList<DecodedObject> DecodeYaml(string yaml) =>
        [.. YamlTreeReader.Read(yaml).Select(document => Decode(document))];

    /// <summary>Decodes a single-document YAML body (as a request body with <c>application/yaml</c>).</summary>
    public static DecodedObject DecodeYamlDocument(string yaml, ResourceKind? expected = null)
    {
        var documents = YamlTreeReader.Read(yaml);
        return documents.Count == 1
            ? Decode(documents[0], expected)
            : throw new ManifestDecodeException($"expected one YAML document, found {documents.Count}");
    }

    /// <summary>Parses YAML (multi-document) or JSON text into JSON trees without binding them to a kind.</summary>
    public static IReadOnlyList<ParsedDocument> Parse(string text) =>
        LooksLikeJson(text) ? [JsonTreeReader.Read(Encoding.UTF8.GetBytes(text))] : YamlTreeReader.Read(text);

    public static ParsedDocument ParseJson(ReadOnlySpan<byte> utf8) => JsonTreeReader.Read(utf8);

    /// <summary>
    /// Decodes a JSON tree (for example the result of a patch). When <paramref name="expected"/> is given, a missing
    /// apiVersion/kind is taken from it and a different one is refused.
    /// </summary>
    public static DecodedObject Decode(JsonNode? root, ResourceKind? expected = null) =>
        Decode(new ParsedDocument(root, new SourceMap(), [], FromYaml: false, 0, null), expected);

    public static DecodedObject Decode(ParsedDocument document, ResourceKind? expected = null)
    {
        if (document.Root is not JsonObject root)
        {
            throw new ManifestDecodeException("a manifest must be a JSON or YAML object", documentIndex: document.DocumentIndex);
        }

        var kind = ResolveKind(root, expected, document.DocumentIndex);
        var check = new SchemaCheck(document.Positions, document.FromYaml);
        check.Run(root, ApiSchema.For(kind.ClrType));
        if (check.Issues.Count > 0)
        {
            throw new ManifestDecodeException(
                $"{kind.Kind} in version \"{kind.ApiVersion}\" cannot be handled as a {kind.Kind}: {string.Join(", ", check.Issues)}",
                check.Issues, document.DocumentIndex);
        }

        IKubernetesObject resource;
        try
        {
            resource = (IKubernetesObject)root.Deserialize(kind.ClrType, ApiJson.Options)!;
        }
        catch (JsonException error)
        {
            throw new ManifestDecodeException(
                $"{kind.Kind} in version \"{kind.ApiVersion}\" cannot be handled as a {kind.Kind}: {error.Message}",
                documentIndex: document.DocumentIndex);
        }

        return new DecodedObject(kind, resource, root, check.UnknownFields, document.DuplicateFields, document.DocumentIndex, document.Start);
    }

    private static ResourceKind ResolveKind(JsonObject root, ResourceKind? expected, int documentIndex)
    {
        var apiVersion = StringField(root, "apiVersion");
        var kindName = StringField(root, "kind");
        if (expected is not null)
        {
            if (apiVersion is null && kindName is null)
            {
                root["apiVersion"] = expected.ApiVersion;
                root["kind"] = expected.Kind;
                return expected;
            }

            if (apiVersion != expected.ApiVersion || kindName != expected.Kind)
            {
                throw new ManifestDecodeException(
                    $"the API version and kind in the data ({apiVersion}, {kindName}) do not match the expected ({expected.ApiVersion}, {expected.Kind})",
                    documentIndex: documentIndex);
            }

            return expected;
        }

        if (string.IsNullOrEmpty(kindName))
        {
            throw new ManifestDecodeException($"Object 'Kind' is missing in '{Abbreviate(root)}'", documentIndex: documentIndex);
        }

        if (string.IsNullOrEmpty(apiVersion))
        {
            throw new ManifestDecodeException($"Object 'apiVersion' is missing in '{Abbreviate(root)}'", documentIndex: documentIndex);
        }

        return ResourceKinds.Find(apiVersion, kindName) ?? throw new UnknownKindException(apiVersion, kindName, documentIndex);
    }

    private static string? StringField(JsonObject root, string name) =>
        root[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static string Abbreviate(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length <= 200 ? text : text[..200] + "...";
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }
}
