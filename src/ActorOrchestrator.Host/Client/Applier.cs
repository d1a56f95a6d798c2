using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Host.Client;

/// <summary>
/// Client-side apply, as kubectl does it: create the object when it is missing, else patch it with the difference
/// between the manifest, the live object and the manifest applied last time (kept in an annotation).
/// </summary>
internal static class Applier
{
    public const string LastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

    /// <summary>Applies one object and returns what kubectl prints: <c>deployment.apps/web created|configured|unchanged</c>.</summary>
    public static async Task<string> ApplyAsync(ClientContext context, JsonObject manifest, CancellationToken cancellationToken)
    {
        var kind = KindOf(manifest);
        var name = (string?)manifest["metadata"]?["name"]
            ?? throw new ClientException($"error: a {kind.Kind} manifest needs metadata.name to be applied");
        var @namespace = NamespaceOf(context.Target, kind, manifest);
        var modified = WithLastApplied(manifest, @namespace);
        var objectName = KindNames.ObjectName(kind, name);

        var current = await context.Api.TryGetAsync(KindNames.PathOf(kind, @namespace, name), cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            await context.Api.PostAsync(KindNames.PathOf(kind, @namespace), modified, cancellationToken).ConfigureAwait(false);
            return $"{objectName} created";
        }

        var lastApplied = LastApplied(current);
        if (ThreeWayMergePatch.Create(lastApplied, modified, current) is not { } patch)
        {
            return $"{objectName} unchanged";
        }

        await context.Api.PatchAsync(KindNames.PathOf(kind, @namespace, name), patch, cancellationToken).ConfigureAwait(false);
        return $"{objectName} configured";
    }

    /// <exception cref="ClientException">the manifest's apiVersion/kind is not served.</exception>
    public static ResourceKind KindOf(JsonObject manifest)
    {
        var apiVersion = (string?)manifest["apiVersion"];
        var kindName = (string?)manifest["kind"];
        return ResourceKinds.Find(apiVersion, kindName)
            ?? throw new ClientException($"error: resource mapping not found for kind \"{kindName}\" in version \"{apiVersion}\"; ensure the kind is served by this version of ao");
    }

    /// <summary>The namespace an object of a manifest goes to: its own, else -n, else the context's; a conflict with -n is refused.</summary>
    public static string? NamespaceOf(ClientTarget target, ResourceKind kind, JsonObject manifest)
    {
        if (!kind.Namespaced)
        {
            return null;
        }
        var own = (string?)manifest["metadata"]?["namespace"];
        if (own is not null && target.NamespaceGiven && own != target.Namespace)
        {
            throw new ClientException(
                $"error: the namespace from the provided object \"{own}\" does not match the namespace \"{target.Namespace}\". You must pass '--namespace={own}' to perform this operation.");
        }
        return own ?? target.Namespace;
    }

    private static JsonObject WithLastApplied(JsonObject manifest, string? @namespace)
    {
        var modified = (JsonObject)manifest.DeepClone();
        var metadata = modified["metadata"] as JsonObject ?? [];
        modified["metadata"] = metadata;
        if (@namespace is not null)
        {
            metadata["namespace"] = @namespace;
        }
        var annotations = metadata["annotations"] as JsonObject ?? [];
        annotations.Remove(LastAppliedAnnotation);
        metadata["annotations"] = annotations;
        var record = (JsonObject)modified.DeepClone();
        if (annotations.Count == 0)
        {
            ((JsonObject)record["metadata"]!).Remove("annotations");
        }
        annotations[LastAppliedAnnotation] = record.ToJsonString() + "\n";
        return modified;
    }

    private static JsonObject? LastApplied(JsonObject current)
    {
        if ((string?)current["metadata"]?["annotations"]?[LastAppliedAnnotation] is not { } text)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
