namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 ReplicaSetCondition.</summary>
public sealed record ReplicaSetCondition
{
    public string? Type { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? LastTransitionTime { get; init; }

    public string? Reason { get; init; }

    public string? Message { get; init; }
}
