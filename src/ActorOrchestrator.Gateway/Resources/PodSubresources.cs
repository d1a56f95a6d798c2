using System.Text.Json;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary><c>pods/binding</c> (bind a pending pod to a node) and <c>pods/eviction</c> (what <c>kubectl drain</c> posts); both answer a 201 Success Status.</summary>
internal static class PodSubresources
{
    private static readonly Status Created = new() { Outcome = "Success", Code = 201 };

    public static async Task BindAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        using var body = await ReadJsonAsync(context, gateway).ConfigureAwait(false);
        var node = body.RootElement.TryGetProperty("target", out var bindingTarget) && bindingTarget.ValueKind == JsonValueKind.Object
            && bindingTarget.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
        if (string.IsNullOrEmpty(node))
        {
            throw StatusException.BadRequest("a Binding needs target.name: the node to bind the pod to");
        }

        var bound = await gateway.Resources.BindAsync(target.Key, node, context.RequestAborted).ConfigureAwait(false);
        await gateway.AwaitReadAfterWriteAsync(bound.Metadata.ResourceVersion, context.RequestAborted).ConfigureAwait(false);
        await ApiResponses.WriteStatusAsync(context, Created).ConfigureAwait(false);
    }

    public static async Task EvictAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        using var body = await ReadJsonAsync(context, gateway).ConfigureAwait(false);
        var options = body.RootElement.TryGetProperty("deleteOptions", out var deleteOptions) && deleteOptions.ValueKind == JsonValueKind.Object
            ? DeleteOptionsReader.FromJson(deleteOptions, DeleteOptions.Default)
            : DeleteOptions.Default;
        var result = await gateway.Resources.DeleteAsync(target.Key, options, context.RequestAborted).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await gateway.AwaitReadAfterWriteAsync(result.Object.Metadata.ResourceVersion, context.RequestAborted).ConfigureAwait(false);
        }

        await ApiResponses.WriteStatusAsync(context, Created).ConfigureAwait(false);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpContext context, GatewayContext gateway)
    {
        var bytes = await RequestBody.ReadAsync(context.Request, gateway.Settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var document = JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw StatusException.BadRequest("the request body must be a JSON object");
        }

        return document;
    }
}
