using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>POST (create, 201) and PUT (update, and the status subresource) of whole objects.</summary>
internal static class ResourceWrites
{
    public static async Task CreateAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var (decoded, warnings) = await ManifestBody.ReadAsync(context, gateway, target, nameFromPath: null).ConfigureAwait(false);
        var options = QueryOptions.Write(context.Request.Query);
        var stored = await gateway.Resources.CreateAsync(decoded.Object, options, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, gateway, 201, stored, warnings, options.DryRun).ConfigureAwait(false);
    }

    public static async Task UpdateAsync(HttpContext context, GatewayContext gateway, ResourceTarget target, bool status)
    {
        var (decoded, warnings) = await ManifestBody.ReadAsync(context, gateway, target, target.Name).ConfigureAwait(false);
        var options = QueryOptions.Write(context.Request.Query);
        var stored = status
            ? await gateway.Resources.UpdateStatusAsync(decoded.Object, options, context.RequestAborted).ConfigureAwait(false)
            : await gateway.Resources.UpdateAsync(decoded.Object, options, context.RequestAborted).ConfigureAwait(false);
        await AnswerAsync(context, gateway, 200, stored, warnings, options.DryRun).ConfigureAwait(false);
    }

    /// <summary>Waits until this member's view has the write (so the caller reads its own write), then answers with the stored object.</summary>
    public static async Task AnswerAsync(
        HttpContext context, GatewayContext gateway, int statusCode, IKubernetesObject stored, IReadOnlyList<string> warnings, bool dryRun)
    {
        if (!dryRun)
        {
            await gateway.AwaitReadAfterWriteAsync(stored.Metadata.ResourceVersion, context.RequestAborted).ConfigureAwait(false);
        }

        ApiResponses.AddWarnings(context, warnings);
        await ApiResponses.WriteJsonAsync(context, statusCode, ApiSerializer.ToJsonBytes(stored)).ConfigureAwait(false);
    }
}
