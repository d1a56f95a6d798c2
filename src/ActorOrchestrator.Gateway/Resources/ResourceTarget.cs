using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.Gateway.Discovery;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// What a resource path names: a kind, the namespace (null for a cluster-scoped kind or an all-namespaces list), the
/// object's name (null for a collection) and a subresource. Also the legacy <c>/watch/</c> prefix.
/// </summary>
internal sealed record ResourceTarget(ResourceKind Kind, string? Namespace, string? Name, string? Subresource, bool WatchPrefix)
{
    public bool IsCollection => Name is null;

    public ResourceKey Key => new(Kind, Kind.Namespaced ? Namespace : null, Name!);

    /// <summary>Parses <c>/api/v1/...</c> or <c>/apis/GROUP/VERSION/...</c>; null when no served resource has this path.</summary>
    public static ResourceTarget? Parse(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments.Any(segment => segment.Contains('/', StringComparison.Ordinal)))
        {
            return null;
        }

        string group;
        int rest;
        if (segments is ["api", _, ..])
        {
            group = "";
            rest = 1;
        }
        else if (segments is ["apis", _, _, ..])
        {
            group = segments[1];
            rest = 2;
        }
        else
        {
            return null;
        }

        var version = segments[rest];
        var tail = segments[(rest + 1)..];
        var watchPrefix = tail is ["watch", ..];
        if (watchPrefix)
        {
            tail = tail[1..];
        }

        if (tail is ["namespaces", var ns, var plural, ..] && ResourceCatalog.Find(group, version, plural) is { Namespaced: true } namespaced)
        {
            return tail.Length switch
            {
                3 => new ResourceTarget(namespaced, ns, null, null, watchPrefix),
                4 => new ResourceTarget(namespaced, ns, tail[3], null, watchPrefix),
                5 when !watchPrefix => new ResourceTarget(namespaced, ns, tail[3], tail[4], false),
                _ => null,
            };
        }

        if (tail.Length is 0 or > 3 || ResourceCatalog.Find(group, version, tail[0]) is not { } kind)
        {
            return null;
        }

        return tail.Length switch
        {
            1 => new ResourceTarget(kind, null, null, null, watchPrefix),
            _ when kind.Namespaced => null,
            2 => new ResourceTarget(kind, null, tail[1], null, watchPrefix),
            _ when watchPrefix => null,
            _ => new ResourceTarget(kind, null, tail[1], tail[2], false),
        };
    }
}
