namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodReadinessGate.</summary>
public sealed record PodReadinessGate
{
    public string? ConditionType { get; init; }
}
