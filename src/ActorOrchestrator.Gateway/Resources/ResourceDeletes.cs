using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// DELETE of one object (200 with its last state when it is gone, 202 with it while it terminates) and of a collection
/// (every selected object, answered as a list of what was deleted).
/// </summary>
internal static class ResourceDeletes
{
    public static async Task DeleteAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var options = await DeleteOptionsReader.ReadAsync(context, gateway).ConfigureAwait(false);
        var result = await gateway.Resources.DeleteAsync(target.Key, options, context.RequestAborted).ConfigureAwait(false);
        await ResourceWrites.AnswerAsync(context, gateway, result.Deleted ? 200 : 202, result.Object, [], options.DryRun).ConfigureAwait(false);
    }

    public static async Task DeleteCollectionAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var options = await DeleteOptionsReader.ReadAsync(context, gateway).ConfigureAwait(false);
        var listed = await gateway.View.ListAsync(QueryOptions.List(target, context.Request.Query) with { Limit = null, Continue = null }, context.RequestAborted)
            .ConfigureAwait(false);
        var deleted = new List<IKubernetesObject>();
        foreach (var item in listed.Items)
        {
            try
            {
                var result = await gateway.Resources.DeleteAsync(item.Key, options, context.RequestAborted).ConfigureAwait(false);
                deleted.Add(result.Object);
            }
            catch (StatusException gone) when (gone.Code == 404)
            {
                // Deleted by someone else meanwhile: nothing left to do for it.
            }
        }

        var newest = deleted.Select(resource => long.TryParse(resource.Metadata.ResourceVersion, out var rv) ? rv : 0).DefaultIfEmpty(listed.ResourceVersion).Max();
        if (!options.DryRun)
        {
            await gateway.AwaitReadAfterWriteAsync($"{newest}", context.RequestAborted).ConfigureAwait(false);
        }

        using var buffer = new JsonBuffer();
        var writer = buffer.Writer;
        writer.WriteStartObject();
        writer.WriteString("kind", $"{target.Kind.Kind}List");
        writer.WriteString("apiVersion", target.Kind.ApiVersion);
        writer.WriteStartObject("metadata");
        writer.WriteString("resourceVersion", $"{newest}");
        writer.WriteEndObject();
        writer.WriteStartArray("items");
        foreach (var resource in deleted)
        {
            writer.WriteRawValue(ApiSerializer.ToJsonBytes(resource), skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await ApiResponses.WriteJsonAsync(context, 200, buffer.Written).ConfigureAwait(false);
    }
}
