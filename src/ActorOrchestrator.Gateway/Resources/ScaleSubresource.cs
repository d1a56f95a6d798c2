using System.Text;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.Gateway.Http;
using ActorOrchestrator.Gateway.Tables;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// The <c>scale</c> subresource of Deployments and ReplicaSets as an autoscaling/v1 Scale. A change of
/// <c>spec.replicas</c> becomes a merge patch of the parent by its entity; a Scale's resourceVersion is a precondition (409 when stale).
/// </summary>
internal static class ScaleSubresource
{
    public static Task GetAsync(HttpContext context, GatewayContext gateway, ResourceTarget target) =>
        ApiResponses.WriteJsonAsync(context, 200, Encoding.UTF8.GetBytes(ScaleOf(ResourceReads.Find(gateway, target).ToObject()).ToJsonString()));

    public static async Task PutAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var bytes = await RequestBody.ReadAsync(context.Request, gateway.Settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var scale = JsonNode.Parse(bytes) as JsonObject ?? throw StatusException.BadRequest("a Scale must be a JSON object");
        await SetReplicasAsync(context, gateway, target, scale).ConfigureAwait(false);
    }

    public static async Task PatchAsync(HttpContext context, GatewayContext gateway, ResourceTarget target)
    {
        var type = PatchTypes.FromContentType(context.Request.ContentType)
            ?? throw StatusException.UnsupportedMediaType($"the body of the request was in an unknown format - accepted media types include: {ResourcePatches.AcceptedTypes}");
        var bytes = await RequestBody.ReadAsync(context.Request, gateway.Settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var current = ScaleOf(ResourceReads.Find(gateway, target).ToObject());
        var currentVersion = current["metadata"]?["resourceVersion"]?.GetValue<string>();
        var patched = ResourcePatcher.Apply(type, current, JsonNode.Parse(bytes), target.Kind);
        if (patched["metadata"]?["resourceVersion"]?.GetValue<string>() == currentVersion && patched["metadata"] is JsonObject metadata)
        {
            metadata.Remove("resourceVersion");
        }

        await SetReplicasAsync(context, gateway, target, patched).ConfigureAwait(false);
    }

    private static async Task SetReplicasAsync(HttpContext context, GatewayContext gateway, ResourceTarget target, JsonObject scale)
    {
        if (scale["spec"]?["replicas"] is not JsonValue replicasValue || !replicasValue.TryGetValue<int>(out var replicas))
        {
            throw StatusException.BadRequest("the Scale has no integer spec.replicas");
        }

        var patch = new JsonObject { ["spec"] = new JsonObject { ["replicas"] = replicas } };
        if (scale["metadata"]?["resourceVersion"] is JsonValue version && version.TryGetValue<string>(out var resourceVersion) && resourceVersion.Length > 0)
        {
            patch["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion };
        }

        var options = QueryOptions.Write(context.Request.Query);
        var parent = await gateway.Resources.PatchAsync(target.Key, new PatchRequest(PatchType.MergePatch, patch), options, context.RequestAborted)
            .ConfigureAwait(false);
        if (!options.DryRun)
        {
            await gateway.AwaitReadAfterWriteAsync(parent.Metadata.ResourceVersion, context.RequestAborted).ConfigureAwait(false);
        }

        await ApiResponses.WriteJsonAsync(context, 200, Encoding.UTF8.GetBytes(ScaleOf(parent).ToJsonString())).ConfigureAwait(false);
    }

    /// <summary>The autoscaling/v1 Scale of a Deployment or ReplicaSet.</summary>
    public static JsonObject ScaleOf(IKubernetesObject parent)
    {
        var (desired, observed, selector) = parent switch
        {
            Deployment deployment => (deployment.Spec.Replicas ?? 1, deployment.Status?.Replicas ?? 0, deployment.Spec.Selector),
            ReplicaSet replicaSet => (replicaSet.Spec.Replicas ?? 1, replicaSet.Status?.Replicas ?? 0, replicaSet.Spec.Selector),
            _ => throw StatusException.NotFound(ResourceKinds.Of(parent), parent.Metadata.Name ?? ""),
        };
        var metadata = parent.Metadata;
        var scaleMetadata = new JsonObject { ["name"] = metadata.Name, ["namespace"] = metadata.Namespace, ["uid"] = metadata.Uid, ["resourceVersion"] = metadata.ResourceVersion };
        if (metadata.CreationTimestamp is { } created)
        {
            scaleMetadata["creationTimestamp"] = Rfc3339Seconds(created);
        }

        var status = new JsonObject { ["replicas"] = observed };
        var selectorText = WorkloadTables.SelectorText(selector);
        if (selectorText != TableLayout.None)
        {
            status["selector"] = selectorText;
        }

        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = scaleMetadata,
            ["spec"] = new JsonObject { ["replicas"] = desired },
            ["status"] = status,
        };
    }

    private static string Rfc3339Seconds(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
