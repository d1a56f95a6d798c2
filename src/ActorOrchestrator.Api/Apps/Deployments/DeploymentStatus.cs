using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 DeploymentStatus.</summary>
public sealed record DeploymentStatus
{
    public long? ObservedGeneration { get; init; }

    public int? Replicas { get; init; }

    public int? UpdatedReplicas { get; init; }

    public int? ReadyReplicas { get; init; }

    public int? AvailableReplicas { get; init; }

    public int? UnavailableReplicas { get; init; }

    public int? TerminatingReplicas { get; init; }

    [PatchStrategy("merge", MergeKey = "type")]
    public IReadOnlyList<DeploymentCondition>? Conditions { get; init; }

    public int? CollisionCount { get; init; }
}
