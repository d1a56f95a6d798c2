using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>Every resource path of the served kinds (<c>/api/v1/...</c>, <c>/apis/apps/v1/...</c>), dispatched by what it names and the method.</summary>
internal static class ResourceEndpoints
{
    public static void MapResources(this IEndpointRouteBuilder routes, GatewayContext gateway)
    {
        routes.Map("/api/{**path}", context => HandleAsync(context, gateway));
        routes.Map("/apis/{**path}", context => HandleAsync(context, gateway));
    }

    private static Task HandleAsync(HttpContext context, GatewayContext gateway)
    {
        var method = context.Request.Method;
        var target = ResourceTarget.Parse(context.Request.Path.Value ?? "");
        if (target is null)
        {
            return ApiResponses.WriteStatusAsync(context, ApiErrors.NotFoundPath(method, context.Request.Path));
        }

        return target switch
        {
            { IsCollection: true } => method switch
            {
                "GET" when target.WatchPrefix || QueryOptions.Flag(context.Request.Query, "watch") => ResourceWatch.WatchAsync(context, gateway, target),
                "GET" => ResourceReads.ListAsync(context, gateway, target),
                "POST" when !target.Kind.Namespaced || target.Namespace is not null => ResourceWrites.CreateAsync(context, gateway, target),
                "DELETE" => ResourceDeletes.DeleteCollectionAsync(context, gateway, target),
                _ => NotAllowed(method, target),
            },
            { WatchPrefix: true } => method == "GET"
                ? ResourceWatch.WatchAsync(context, gateway, target with { Name = null }, target.Name)
                : NotAllowed(method, target),
            { Subresource: null } => method switch
            {
                "GET" when QueryOptions.Flag(context.Request.Query, "watch") => ResourceWatch.WatchAsync(context, gateway, target with { Name = null }, target.Name),
                "GET" => ResourceReads.GetAsync(context, gateway, target),
                "PUT" => ResourceWrites.UpdateAsync(context, gateway, target, status: false),
                "PATCH" => ResourcePatches.PatchAsync(context, gateway, target, status: false),
                "DELETE" => ResourceDeletes.DeleteAsync(context, gateway, target),
                _ => NotAllowed(method, target),
            },
            { Subresource: "status" } when HasSubresource(target) => method switch
            {
                "GET" => ResourceReads.GetAsync(context, gateway, target),
                "PUT" => ResourceWrites.UpdateAsync(context, gateway, target, status: true),
                "PATCH" => ResourcePatches.PatchAsync(context, gateway, target, status: true),
                _ => NotAllowed(method, target),
            },
            { Subresource: "scale" } when HasSubresource(target) => method switch
            {
                "GET" => ScaleSubresource.GetAsync(context, gateway, target),
                "PUT" => ScaleSubresource.PutAsync(context, gateway, target),
                "PATCH" => ScaleSubresource.PatchAsync(context, gateway, target),
                _ => NotAllowed(method, target),
            },
            { Subresource: "log" } when HasSubresource(target) && method == "GET" => PodLogEndpoint.ReadAsync(context, gateway, target),
            { Subresource: "binding" } when HasSubresource(target) && method == "POST" => PodSubresources.BindAsync(context, gateway, target),
            { Subresource: "eviction" } when HasSubresource(target) && method == "POST" => PodSubresources.EvictAsync(context, gateway, target),
            _ when HasSubresource(target) => NotAllowed(method, target),
            _ => ApiResponses.WriteStatusAsync(context, ApiErrors.NotFoundPath(method, context.Request.Path)),
        };
    }

    private static bool HasSubresource(ResourceTarget target) =>
        Discovery.ResourceCatalog.All.Any(served => served.Kind == target.Kind && served.Subresources.Any(sub => sub.Name == target.Subresource));

    private static Task NotAllowed(string method, ResourceTarget target) =>
        throw StatusException.MethodNotAllowed(
            $"the server does not allow this method on the requested resource ({method} {target.Kind.QualifiedResource}{(target.Subresource is { } sub ? "/" + sub : "")})");
}
