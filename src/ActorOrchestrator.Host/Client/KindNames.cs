using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Host.Client;

/// <summary>How a user names a kind on the command line (plural, singular, short name, Kind, with or without .group) and how kubectl prints one.</summary>
internal static class KindNames
{
    /// <exception cref="ClientException">no served kind has that name.</exception>
    public static ResourceKind Resolve(string text)
    {
        var name = text.ToLowerInvariant();
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var (resource, group) = dot > 0 ? (name[..dot], name[(dot + 1)..]) : (name, (string?)null);
        return ResourceKinds.All.FirstOrDefault(kind =>
                (group is null || kind.Group == group)
                && (kind.Plural == resource || kind.Singular == resource || kind.ShortNames.Contains(resource)))
            ?? throw new ClientException($"error: the server doesn't have a resource type \"{text}\"");
    }

    /// <summary>Splits <c>KIND/NAME</c>, or takes the kind and an optional separate name.</summary>
    public static (ResourceKind Kind, string? Name) ResolveWithName(string kindOrKindSlashName, string? name)
    {
        var slash = kindOrKindSlashName.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return (Resolve(kindOrKindSlashName), name);
        }
        if (name is not null)
        {
            throw new ClientException("error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form");
        }
        return (Resolve(kindOrKindSlashName[..slash]), kindOrKindSlashName[(slash + 1)..]);
    }

    /// <summary><c>deployment.apps</c>, <c>pod</c>: how kubectl names a kind in its messages.</summary>
    public static string Qualified(ResourceKind kind) => kind.Group.Length == 0 ? kind.Singular : $"{kind.Singular}.{kind.Group}";

    /// <summary><c>deployment.apps/web</c>: what <c>-o name</c> and apply print.</summary>
    public static string ObjectName(ResourceKind kind, string name) => $"{Qualified(kind)}/{name}";

    /// <summary>The REST path of a collection or of one object.</summary>
    /// <param name="namespace">Null for every namespace, or for a cluster-scoped kind.</param>
    public static string PathOf(ResourceKind kind, string? @namespace, string? name = null)
    {
        var prefix = kind.Group.Length == 0 ? $"/api/{kind.Version}" : $"/apis/{kind.Group}/{kind.Version}";
        var scope = kind.Namespaced && @namespace is not null ? $"/namespaces/{Uri.EscapeDataString(@namespace)}" : "";
        var item = name is null ? "" : "/" + Uri.EscapeDataString(name);
        return $"{prefix}{scope}/{kind.Plural}{item}";
    }
}
