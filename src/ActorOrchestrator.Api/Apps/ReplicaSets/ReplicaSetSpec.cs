using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 ReplicaSetSpec.</summary>
public sealed record ReplicaSetSpec
{
    public int? Replicas { get; init; }

    public int? MinReadySeconds { get; init; }

    public LabelSelector? Selector { get; init; }

    public PodTemplateSpec Template { get; init; } = new();
}
