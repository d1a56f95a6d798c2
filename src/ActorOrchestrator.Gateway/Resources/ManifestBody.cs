using System.Text;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// Decodes an object sent in a request body (JSON or YAML) for the kind, namespace and name of its path, and collects the
/// warnings to return: unknown or duplicate fields under <c>fieldValidation=Warn</c> (refused under Strict) and fields
/// stored but not acted on.
/// </summary>
internal static class ManifestBody
{
    public static async Task<(DecodedObject Decoded, IReadOnlyList<string> Warnings)> ReadAsync(
        HttpContext context, GatewayContext gateway, ResourceTarget target, string? nameFromPath)
    {
        var document = await ParseAsync(context, gateway).ConfigureAwait(false);
        return Decode(document, target, nameFromPath, QueryOptions.Validation(context.Request.Query));
    }

    public static async Task<ParsedDocument> ParseAsync(HttpContext context, GatewayContext gateway)
    {
        var mediaType = RequestBody.MediaType(context.Request);
        var yaml = mediaType is "application/yaml" or "application/x-yaml" or "text/yaml" or "application/apply-patch+yaml";
        if (!yaml && mediaType is not ("" or "application/json" or "application/apply-patch+json"))
        {
            throw UnsupportedBody(mediaType);
        }

        var bytes = await RequestBody.ReadAsync(context.Request, gateway.Settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw StatusException.BadRequest("the request body is empty: send the object as JSON or YAML");
        }

        if (!yaml)
        {
            return ManifestDecoder.ParseJson(bytes);
        }

        var documents = ManifestDecoder.Parse(Encoding.UTF8.GetString(bytes));
        return documents.Count == 1 ? documents[0] : throw StatusException.BadRequest($"expected one YAML document in the request body, found {documents.Count}");
    }

    public static (DecodedObject Decoded, IReadOnlyList<string> Warnings) Decode(
        ParsedDocument document, ResourceTarget target, string? nameFromPath, FieldValidation validation)
    {
        if (document.Root is not JsonObject root)
        {
            throw StatusException.BadRequest("the request body must be a JSON or YAML object");
        }

        var apiVersion = Text(root, "apiVersion");
        var kind = Text(root, "kind");
        if (apiVersion is not null && kind is not null && ResourceKinds.Find(apiVersion, kind) is null)
        {
            throw new UnknownKindException(apiVersion, kind);
        }

        FillMetadata(root, target, nameFromPath);
        var decoded = ManifestDecoder.Decode(document, target.Kind);
        var warnings = decoded.Enforce(validation).Concat(UnactedFields.Find(decoded.Json, target.Kind).Select(UnactedFields.Warning)).ToList();
        return (decoded, warnings);
    }

    /// <summary>Kubernetes' 415 for a body it cannot read, with what to do instead for kubectl 1.32+'s protobuf.</summary>
    public static StatusException UnsupportedBody(string mediaType) => mediaType == MediaTypes.Protobuf
        ? StatusException.UnsupportedMediaType(
            "the body of the request was in protobuf (application/vnd.kubernetes.protobuf), which this server does not read: "
            + "kubectl 1.32 and later send it for `kubectl create namespace|deployment|configmap|secret`; use `kubectl create -f` or `kubectl apply -f` with a manifest, or kubectl 1.31")
        : StatusException.UnsupportedMediaType(
            $"the body of the request was in an unknown format ({mediaType}) - accepted media types include: application/json, application/yaml");

    private static void FillMetadata(JsonObject root, ResourceTarget target, string? nameFromPath)
    {
        if (root["metadata"] is not JsonObject metadata)
        {
            if (root["metadata"] is not null)
            {
                return;
            }

            metadata = [];
            root["metadata"] = metadata;
        }

        if (target.Kind.Namespaced && target.Namespace is { } ns)
        {
            var given = Text(metadata, "namespace");
            if (given is null)
            {
                metadata["namespace"] = ns;
            }
            else if (given != ns)
            {
                throw StatusException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }
        }

        if (nameFromPath is not null)
        {
            var given = Text(metadata, "name");
            if (given is null)
            {
                metadata["name"] = nameFromPath;
            }
            else if (given != nameFromPath)
            {
                throw StatusException.BadRequest($"the name of the object ({given}) does not match the name on the URL ({nameFromPath})");
            }
        }
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
