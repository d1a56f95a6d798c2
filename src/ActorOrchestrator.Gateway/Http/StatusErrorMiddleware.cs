using ActorOrchestrator.Api.Errors;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Http;

/// <summary>
/// Turns every failure into a Kubernetes Status answer: known refusals with their code, anything else a logged 500.
/// A failure after the answer started (a watch or log stream) just ends the response.
/// </summary>
internal static class StatusErrorMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, GatewayContext gateway)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left; there is nobody to answer.
        }
        catch (Exception error)
        {
            var status = ApiErrors.ToStatus(error);
            if (status is null)
            {
                GatewayLog.RequestFailed(gateway.Logger, error, context.Request.Method, context.Request.Path);
                status = StatusException.InternalError($"the server failed to handle {context.Request.Method} {context.Request.Path}: {error.Message}").Status;
            }
            else
            {
                GatewayLog.Refused(gateway.Logger, context.Request.Method, context.Request.Path, status.Code ?? 500, status.Reason, status.Message);
            }

            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await ApiResponses.WriteStatusAsync(context, status).ConfigureAwait(false);
            }
        }
    }
}
