using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// <c>GET pods/NAME/log</c>: the container's log as text/plain, streamed and flushed chunk by chunk (with <c>follow</c>
/// until the log ends or the client leaves). A failure before the first byte is a Status; after it the stream just ends.
/// </summary>
internal static class PodLogEndpoint
{
    public static async Task ReadAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var request = Request(context.Request.Query, target);
        ResourceReads.Find(gateway, target);
        var logs = gateway.PodLogs ?? throw StatusException.ServiceUnavailable("pod logs are not served by this member: it runs no node agent connection");
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, gateway.Stopping);
        var chunks = logs.ReadAsync(request, ending.Token).GetAsyncEnumerator(ending.Token);
        try
        {
            var any = await chunks.MoveNextAsync().ConfigureAwait(false);
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/plain";
            await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            while (any)
            {
                await context.Response.Body.WriteAsync(chunks.Current, ending.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(ending.Token).ConfigureAwait(false);
                any = await chunks.MoveNextAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested && context.Response.HasStarted)
        {
            GatewayLog.StreamEnded(gateway.Logger, context.Request.Path, "the client left or the gateway stopped");
        }
        finally
        {
            await chunks.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static PodLogRequest Request(IQueryCollection query, ResourceTarget target)
    {
        DateTimeOffset? sinceTime = QueryOptions.Text(query, "sinceTime") is { } text
            ? DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw StatusException.BadRequest($"sinceTime must be an RFC 3339 time, not \"{text}\"")
            : null;
        var request = new PodLogRequest(target.Namespace!, target.Name!)
        {
            Container = QueryOptions.Text(query, "container"),
            Follow = QueryOptions.Flag(query, "follow"),
            Previous = QueryOptions.Flag(query, "previous"),
            TailLines = QueryOptions.Number(query, "tailLines"),
            SinceSeconds = QueryOptions.Number(query, "sinceSeconds"),
            SinceTime = sinceTime,
            Timestamps = QueryOptions.Flag(query, "timestamps"),
            LimitBytes = QueryOptions.Number(query, "limitBytes"),
        };
        return request.SinceSeconds is not null && request.SinceTime is not null
            ? throw StatusException.BadRequest("at most one of sinceTime or sinceSeconds may be specified")
            : request;
    }
}
