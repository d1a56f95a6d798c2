using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api;

/// <summary>The kinds this API serves, and lookups by apiVersion/kind, by resource name and by CLR type.</summary>
public static class ResourceKinds
{
    public static readonly ResourceKind Namespace = new("", "v1", "Namespace", "namespaces", false, typeof(Core.Namespace), ["ns"]);
    public static readonly ResourceKind Node = new("", "v1", "Node", "nodes", false, typeof(Node), ["no"]);
    public static readonly ResourceKind Pod = new("", "v1", "Pod", "pods", true, typeof(Pod), ["po"]);
    public static readonly ResourceKind ConfigMap = new("", "v1", "ConfigMap", "configmaps", true, typeof(ConfigMap), ["cm"]);
    public static readonly ResourceKind Secret = new("", "v1", "Secret", "secrets", true, typeof(Secret), []);
    public static readonly ResourceKind Event = new("", "v1", "Event", "events", true, typeof(Event), ["ev"]);
    public static readonly ResourceKind Deployment = new("apps", "v1", "Deployment", "deployments", true, typeof(Deployment), ["deploy"]);
    public static readonly ResourceKind ReplicaSet = new("apps", "v1", "ReplicaSet", "replicasets", true, typeof(ReplicaSet), ["rs"]);

    public static IReadOnlyList<ResourceKind> All { get; } = [Namespace, Node, Pod, ConfigMap, Secret, Event, Deployment, ReplicaSet];

    public static ResourceKind? Find(string? apiVersion, string? kind) =>
        All.FirstOrDefault(candidate => candidate.ApiVersion == apiVersion && candidate.Kind == kind);

    /// <summary>Finds a kind by group and plural resource name (<c>("apps", "deployments")</c>).</summary>
    public static ResourceKind? FindByResource(string group, string plural) =>
        All.FirstOrDefault(candidate => candidate.Group == group && candidate.Plural == plural);

    public static ResourceKind ForType(Type type) =>
        All.FirstOrDefault(candidate => candidate.ClrType == type)
        ?? throw new ArgumentException($"{type.Name} is not a served kind", nameof(type));

    public static ResourceKind Of(IKubernetesObject resource) => ForType(resource.GetType());
}
