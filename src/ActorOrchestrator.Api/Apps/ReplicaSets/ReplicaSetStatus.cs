using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 ReplicaSetStatus.</summary>
public sealed record ReplicaSetStatus
{
    public int? Replicas { get; init; }

    public int? FullyLabeledReplicas { get; init; }

    public int? ReadyReplicas { get; init; }

    public int? AvailableReplicas { get; init; }

    public int? TerminatingReplicas { get; init; }

    public long? ObservedGeneration { get; init; }

    [PatchStrategy("merge", MergeKey = "type")]
    public IReadOnlyList<ReplicaSetCondition>? Conditions { get; init; }
}
