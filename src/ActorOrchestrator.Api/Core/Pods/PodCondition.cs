namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodCondition.</summary>
public sealed record PodCondition
{
    public string? Type { get; init; }

    public long? ObservedGeneration { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? LastProbeTime { get; init; }

    public DateTimeOffset? LastTransitionTime { get; init; }

    public string? Reason { get; init; }

    public string? Message { get; init; }
}
