using System.Text.Json.Nodes;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ActorOrchestrator.Gateway.Discovery;

/// <summary><c>/version</c>, <c>/api</c>, <c>/apis</c> (aggregated when asked, legacy otherwise) and each group-version's resource list.</summary>
internal static class DiscoveryEndpoints
{
    public static void MapDiscovery(this IEndpointRouteBuilder routes, GatewayContext gateway)
    {
        var version = Bytes(DiscoveryDocuments.Version(gateway.Version));
        var groupList = Bytes(DiscoveryDocuments.ApiGroupList());
        routes.MapGet("/version", context => ApiResponses.WriteJsonAsync(context, 200, version));
        routes.MapGet("/api", context => WriteDiscoveryAsync(context, core: true));
        routes.MapGet("/apis", context => WriteDiscoveryAsync(context, core: false));
        foreach (var (group, groupVersion) in ResourceCatalog.GroupVersions)
        {
            var resources = Bytes(DiscoveryDocuments.ApiResourceList(group, groupVersion));
            routes.MapGet(group.Length == 0 ? $"/api/{groupVersion}" : $"/apis/{group}/{groupVersion}", context => ApiResponses.WriteJsonAsync(context, 200, resources));
        }

        foreach (var group in ResourceCatalog.GroupVersions.Where(gv => gv.Group.Length > 0).GroupBy(gv => gv.Group, gv => gv.Version))
        {
            var document = Bytes(DiscoveryDocuments.ApiGroup(group.Key, group));
            routes.MapGet($"/apis/{group.Key}", context => ApiResponses.WriteJsonAsync(context, 200, document));
        }

        Task WriteDiscoveryAsync(HttpContext context, bool core)
        {
            context.Response.Headers.Vary = "Accept";
            if (MediaTypes.AggregatedDiscovery(context.Request) is { } aggregated)
            {
                return ApiResponses.WriteJsonAsync(context, 200, Bytes(DiscoveryDocuments.Aggregated(core, aggregated)), aggregated);
            }

            return core
                ? ApiResponses.WriteJsonAsync(context, 200, Bytes(DiscoveryDocuments.ApiVersions($"{context.Request.Host}")))
                : ApiResponses.WriteJsonAsync(context, 200, groupList);
        }
    }

    private static byte[] Bytes(JsonNode document) => System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
}
