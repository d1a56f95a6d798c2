using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 ReplicaSet.</summary>
public sealed record ReplicaSet : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "apps/v1";

    public string? Kind { get; init; } = "ReplicaSet";

    public ObjectMeta Metadata { get; init; } = new();

    public ReplicaSetSpec Spec { get; init; } = new();

    public ReplicaSetStatus? Status { get; init; }
}
