using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// PATCH in its four types, applied by the object's entity. Server-side apply (<c>application/apply-patch+yaml</c>)
/// needs a fieldManager and checks the applied configuration's fields under fieldValidation; the entity creates the
/// object when it does not exist (answered 201 when this member's view did not have it).
/// </summary>
internal static class ResourcePatches
{
    public const string AcceptedTypes =
        "application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml";

    public static async Task PatchAsync(HttpContext context, GatewayContext gateway, ResourceTarget target, bool status)
    {
        var type = PatchTypes.FromContentType(context.Request.ContentType)
            ?? throw StatusException.UnsupportedMediaType(
                $"the body of the request was in an unknown format ({RequestBody.MediaType(context.Request)}) - accepted media types include: {AcceptedTypes}");
        var options = QueryOptions.Write(context.Request.Query);
        if (type == PatchType.ApplyPatch)
        {
            await ApplyAsync(context, gateway, target, status, options).ConfigureAwait(false);
            return;
        }

        var bytes = await RequestBody.ReadAsync(context.Request, gateway.Settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        JsonNode? patch;
        IReadOnlyList<string> warnings = [];
        if (type == PatchType.JsonPatch)
        {
            patch = JsonNode.Parse(bytes);
        }
        else
        {
            var document = ManifestDecoder.ParseJson(bytes);
            warnings = PatchFieldCheck.Check(document, target, QueryOptions.Validation(context.Request.Query));
            patch = document.Root;
        }

        var patched = await gateway.Resources.PatchAsync(target.Key, new PatchRequest(type, patch, status), options, context.RequestAborted).ConfigureAwait(false);
        await ResourceWrites.AnswerAsync(context, gateway, 200, patched, warnings, options.DryRun).ConfigureAwait(false);
    }

    private static async Task ApplyAsync(HttpContext context, GatewayContext gateway, ResourceTarget target, bool status, WriteOptions options)
    {
        if (string.IsNullOrEmpty(options.FieldManager))
        {
            throw new InvalidObjectException("meta.k8s.io", "PatchOptions", "", [FieldError.Required(FieldPath.Of("fieldManager"), "is required for apply patch")]);
        }

        var document = await ManifestBody.ParseAsync(context, gateway).ConfigureAwait(false);
        var (decoded, warnings) = ManifestBody.Decode(document, target, target.Name, QueryOptions.Validation(context.Request.Query));
        var existed = status || gateway.View.Get(target.Kind, target.Namespace, target.Name!) is not null;
        var patched = await gateway.Resources.PatchAsync(target.Key, new PatchRequest(PatchType.ApplyPatch, decoded.Json, status), options, context.RequestAborted)
            .ConfigureAwait(false);
        await ResourceWrites.AnswerAsync(context, gateway, existed ? 200 : 201, patched, warnings, options.DryRun).ConfigureAwait(false);
    }
}
