using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorOrchestrator.Gateway.Health;

/// <summary><c>/livez</c> and <c>/healthz</c> answer while the process serves; <c>/readyz</c> answers 503 until the member is ready.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder routes, GatewayContext gateway)
    {
        routes.MapGet("/livez", context => WriteAsync(context, healthy: true, "ok"));
        routes.MapGet("/healthz", context => WriteAsync(context, healthy: true, "ok"));
        routes.MapGet("/readyz", context => gateway.Ready()
            ? WriteAsync(context, healthy: true, "ok")
            : WriteAsync(context, healthy: false, "readyz check failed: the control plane is not ready yet"));
    }

    private static Task WriteAsync(HttpContext context, bool healthy, string text)
    {
        context.Response.StatusCode = healthy ? 200 : 503;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
