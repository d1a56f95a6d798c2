using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Gateway.Http;
using ActorOrchestrator.Gateway.Tables;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>GET of one object and LIST, from this member's view, as JSON or as a Table.</summary>
internal static class ResourceReads
{
    public static Task GetAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var found = Find(gateway, target);
        if (!MediaTypes.WantsTable(context.Request))
        {
            return ApiResponses.WriteJsonAsync(context, 200, found.Json);
        }

        using var buffer = new JsonBuffer();
        TableWriter.Write(
            buffer.Writer, target.Kind, [found], new ListMeta { ResourceVersion = $"{found.ResourceVersion}" }, withColumns: true,
            TableWriter.ParseIncludeObject(QueryOptions.Text(context.Request.Query, "includeObject")), gateway.Time.GetUtcNow());
        return ApiResponses.WriteJsonAsync(context, 200, buffer.Written);
    }

    public static ViewObject Find(GatewayContext gateway, ResourceTarget target) =>
        gateway.View.Get(target.Kind, target.Namespace, target.Name!) ?? throw StatusException.NotFound(target.Kind, target.Name!);

    public static async Task ListAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var request = QueryOptions.List(target, context.Request.Query);
        var wantsTable = MediaTypes.WantsTable(context.Request);
        var include = wantsTable ? TableWriter.ParseIncludeObject(QueryOptions.Text(context.Request.Query, "includeObject")) : IncludeObject.None;
        var result = await gateway.View.ListAsync(request, context.RequestAborted).ConfigureAwait(false);
        var metadata = new ListMeta { ResourceVersion = $"{result.ResourceVersion}", Continue = result.Continue, RemainingItemCount = result.RemainingItemCount };
        using var buffer = new JsonBuffer();
        if (wantsTable)
        {
            TableWriter.Write(buffer.Writer, target.Kind, result.Items, metadata, withColumns: true, include, gateway.Time.GetUtcNow());
        }
        else
        {
            WriteList(buffer, target.Kind, result.Items, metadata);
        }

        await ApiResponses.WriteJsonAsync(context, 200, buffer.Written).ConfigureAwait(false);
    }

    /// <summary>A <c>PodList</c>-style list: kind, apiVersion, list metadata and the items' JSON as stored.</summary>
    public static void WriteList(JsonBuffer buffer, ResourceKind kind, IEnumerable<ViewObject> items, ListMeta metadata)
    {
        var writer = buffer.Writer;
        writer.WriteStartObject();
        writer.WriteString("kind", $"{kind.Kind}List");
        writer.WriteString("apiVersion", kind.ApiVersion);
        writer.WriteStartObject("metadata");
        writer.WriteString("resourceVersion", metadata.ResourceVersion);
        if (metadata.Continue is { } continueToken)
        {
            writer.WriteString("continue", continueToken);
        }

        if (metadata.RemainingItemCount is { } remaining)
        {
            writer.WriteNumber("remainingItemCount", remaining);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("items");
        foreach (var item in items)
        {
            writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
