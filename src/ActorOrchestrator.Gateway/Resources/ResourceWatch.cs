using System.Text.Json;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Gateway.Http;
using ActorOrchestrator.Gateway.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// WATCH: a chunked stream of <c>{"type","object"}</c> lines, flushed one by one, from the view's change feed. A
/// resourceVersion older than the view's window ends the stream with one ERROR event carrying a 410 Expired Status. With
/// the Table Accept each object is a one-row Table (column definitions only in the first event, as the apiserver does).
/// </summary>
internal static class ResourceWatch
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task WatchAsync(HttpContext context, GatewayContext gateway, ResourceTarget target, string? onlyName = null)
    {
        var request = QueryOptions.Watch(target, context.Request.Query, onlyName);
        var timeout = QueryOptions.Number(context.Request.Query, "timeoutSeconds");
        var wantsTable = MediaTypes.WantsTable(context.Request);
        var include = wantsTable ? TableWriter.ParseIncludeObject(QueryOptions.Text(context.Request.Query, "includeObject")) : IncludeObject.None;

        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, gateway.Stopping);
        if (timeout is > 0)
        {
            ending.CancelAfter(TimeSpan.FromSeconds(Math.Min(timeout.Value, int.MaxValue / 1000)));
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.StatusCode = 200;
        context.Response.ContentType = ApiResponses.Json;
        context.Response.Headers.CacheControl = "no-cache, private";
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        var firstTableEvent = true;
        IAsyncEnumerator<WatchEvent>? events = null;
        try
        {
            events = gateway.View.Watch(request).GetAsyncEnumerator(ending.Token);
            while (await events.MoveNextAsync().ConfigureAwait(false))
            {
                using var buffer = new JsonBuffer();
                WriteEvent(buffer.Writer, target.Kind, events.Current, wantsTable, include, ref firstTableEvent, gateway.Time.GetUtcNow());
                await WriteLineAsync(context, buffer.Written, ending.Token).ConfigureAwait(false);
            }

            GatewayLog.StreamEnded(gateway.Logger, context.Request.Path, "the view closed");
        }
        catch (TooOldResourceVersionException tooOld)
        {
            await WriteErrorAsync(context, ApiErrors.ToStatus(tooOld)!, ending.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            GatewayLog.StreamEnded(gateway.Logger, context.Request.Path, context.RequestAborted.IsCancellationRequested ? "the client left" : "timeout or shutdown");
        }
        finally
        {
            if (events is not null)
            {
                await events.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static void WriteEvent(
        Utf8JsonWriter writer, ResourceKind kind, WatchEvent change, bool wantsTable, IncludeObject include, ref bool firstTableEvent, DateTimeOffset now)
    {
        writer.WriteStartObject();
        writer.WriteString("type", change.Type switch
        {
            WatchEventType.Added => "ADDED",
            WatchEventType.Modified => "MODIFIED",
            WatchEventType.Deleted => "DELETED",
            _ => "BOOKMARK",
        });
        writer.WritePropertyName("object");
        if (change.Object is not { } changed)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind.Kind);
            writer.WriteString("apiVersion", kind.ApiVersion);
            writer.WriteStartObject("metadata");
            writer.WriteString("resourceVersion", $"{change.ResourceVersion}");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        else if (wantsTable)
        {
            TableWriter.Write(writer, kind, [changed], new ListMeta { ResourceVersion = $"{change.ResourceVersion}" }, firstTableEvent, include, now);
            firstTableEvent = false;
        }
        else
        {
            writer.WriteRawValue(changed.Json.Span, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    private static async Task WriteErrorAsync(HttpContext context, Status status, CancellationToken cancellationToken)
    {
        using var buffer = new JsonBuffer();
        buffer.Writer.WriteStartObject();
        buffer.Writer.WriteString("type", "ERROR");
        buffer.Writer.WritePropertyName("object");
        buffer.Writer.WriteRawValue(ApiSerializer.ToJsonBytes(status), skipInputValidation: true);
        buffer.Writer.WriteEndObject();
        await WriteLineAsync(context, buffer.Written, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteLineAsync(HttpContext context, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await context.Response.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
