using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Gateway.Discovery;

/// <summary>Every served resource and group-version, as discovery, OpenAPI and the request router see them.</summary>
internal static class ResourceCatalog
{
    private static readonly IReadOnlyList<string> ReadWrite = ["get", "patch", "update"];

    public static IReadOnlyList<ServedResource> All { get; } =
    [
        new(ResourceKinds.Namespace, [], [Status(ResourceKinds.Namespace)]),
        new(ResourceKinds.Node, [], [Status(ResourceKinds.Node)]),
        new(ResourceKinds.Pod, ["all"],
        [
            new("binding", "", "v1", "Binding", ["create"]),
            new("eviction", "policy", "v1", "Eviction", ["create"]),
            new("log", "", "v1", "Pod", ["get"]),
            Status(ResourceKinds.Pod),
        ]),
        new(ResourceKinds.ConfigMap, [], []),
        new(ResourceKinds.Secret, [], []),
        new(ResourceKinds.Event, [], []),
        new(ResourceKinds.Deployment, ["all"], [Scale(), Status(ResourceKinds.Deployment)]),
        new(ResourceKinds.ReplicaSet, ["all"], [Scale(), Status(ResourceKinds.ReplicaSet)]),
    ];

    /// <summary>The served group-versions: <c>("", "v1")</c> then each named group's.</summary>
    public static IReadOnlyList<(string Group, string Version)> GroupVersions { get; } =
        [.. All.Select(resource => (resource.Kind.Group, resource.Kind.Version)).Distinct()];

    public static IEnumerable<ServedResource> In(string group, string version) =>
        All.Where(resource => resource.Kind.Group == group && resource.Kind.Version == version);

    public static ResourceKind? Find(string group, string version, string plural) =>
        All.FirstOrDefault(resource => resource.Kind.Group == group && resource.Kind.Version == version && resource.Kind.Plural == plural)?.Kind;

    private static ServedSubresource Status(ResourceKind kind) => new("status", kind.Group, kind.Version, kind.Kind, ReadWrite);

    private static ServedSubresource Scale() => new("scale", "autoscaling", "v1", "Scale", ReadWrite);
}
