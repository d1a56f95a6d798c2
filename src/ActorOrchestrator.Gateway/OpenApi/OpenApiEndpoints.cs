using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorOrchestrator.Gateway.OpenApi;

/// <summary>
/// <c>/openapi/v3</c> and its group-version documents. <c>/openapi/v2</c> answers 404: kubectl asks it only as protobuf
/// and falls back to its compiled-in types on any error, and the kubectl the reported version selects uses v3 for validation.
/// </summary>
internal static class OpenApiEndpoints
{
    public static void MapOpenApi(this IEndpointRouteBuilder routes, GatewayContext gateway)
    {
        var documents = OpenApiDocuments.GroupVersionDocuments(gateway.Version.GitVersion);
        var index = OpenApiDocuments.Index(documents);
        routes.MapGet("/openapi/v3", context => ApiResponses.WriteJsonAsync(context, 200, index));
        routes.MapGet("/openapi/v3/{**path}", context =>
        {
            var path = (string?)context.Request.RouteValues["path"] ?? "";
            return documents.TryGetValue(path.TrimEnd('/'), out var document)
                ? ApiResponses.WriteJsonAsync(context, 200, document)
                : ApiResponses.WriteStatusAsync(context, ApiErrors.NotFoundPath("get", context.Request.Path));
        });
        routes.MapGet("/openapi/v2", context => ApiResponses.WriteStatusAsync(
            context, ApiErrors.Failure(404, "NotFound", "OpenAPI v2 is not served; use /openapi/v3")));
    }
}
