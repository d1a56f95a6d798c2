using System.Collections.Frozen;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>
/// Identifies one object: its kind, namespace (empty for cluster-scoped kinds) and name. Its
/// <see cref="PersistenceId"/> (also the entity id) is <c>kind/namespace/name</c> with the lower-case kind, e.g.
/// <c>pod/default/web-1</c>; a cluster-scoped object keeps the empty middle segment, <c>node//worker-1</c>, so that
/// every id has exactly three segments (names and namespaces never contain <c>/</c>) and parses without knowing the kind's scope.
/// </summary>
public readonly record struct ResourceKey
{
    private static readonly FrozenDictionary<string, ResourceKind> KindsBySegment =
        ResourceKinds.All.ToFrozenDictionary(kind => kind.Singular, StringComparer.Ordinal);

    public ResourceKey(ResourceKind kind, string? @namespace, string name)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (kind.Namespaced && string.IsNullOrEmpty(@namespace))
        {
            throw new ArgumentException($"{kind.Kind} '{name}' is namespaced: a namespace is required.", nameof(@namespace));
        }
        if (!kind.Namespaced && !string.IsNullOrEmpty(@namespace))
        {
            throw new ArgumentException($"{kind.Kind} '{name}' is cluster-scoped: it has no namespace, got '{@namespace}'.", nameof(@namespace));
        }
        if (name.Contains('/') || (@namespace?.Contains('/') ?? false))
        {
            throw new ArgumentException($"{kind.Kind} '{@namespace}/{name}': names and namespaces cannot contain '/'.", nameof(name));
        }
        Kind = kind;
        Namespace = @namespace ?? "";
        Name = name;
    }

    public ResourceKind Kind { get; }

    /// <summary>The namespace; empty for a cluster-scoped kind.</summary>
    public string Namespace { get; }

    public string Name { get; }

    /// <summary>The persistence id and entity id: <c>kind/namespace/name</c>.</summary>
    public string PersistenceId => $"{Kind.Singular}/{Namespace}/{Name}";

    /// <summary>The key of a served object, from its kind and metadata.</summary>
    public static ResourceKey Of(IKubernetesObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ResourceKey(ResourceKinds.Of(resource), resource.Metadata.Namespace, resource.Metadata.Name ?? "");
    }

    /// <summary>Reads a persistence id written by <see cref="PersistenceId"/>; false for any other id (another entity's).</summary>
    public static bool TryParse(string persistenceId, out ResourceKey key)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        key = default;
        var first = persistenceId.IndexOf('/', StringComparison.Ordinal);
        if (first <= 0)
        {
            return false;
        }
        var second = persistenceId.IndexOf('/', first + 1);
        if (second < 0 || second == persistenceId.Length - 1 || persistenceId.IndexOf('/', second + 1) >= 0)
        {
            return false;
        }
        if (!KindsBySegment.TryGetValue(persistenceId[..first], out var kind))
        {
            return false;
        }
        var @namespace = persistenceId[(first + 1)..second];
        if (kind.Namespaced == (@namespace.Length == 0))
        {
            return false;
        }
        key = new ResourceKey(kind, @namespace, persistenceId[(second + 1)..]);
        return true;
    }

    public override string ToString() => PersistenceId;
}
