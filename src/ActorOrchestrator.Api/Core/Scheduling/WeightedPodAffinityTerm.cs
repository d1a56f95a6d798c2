namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 WeightedPodAffinityTerm.</summary>
public sealed record WeightedPodAffinityTerm
{
    public int? Weight { get; init; }

    public PodAffinityTerm PodAffinityTerm { get; init; } = new();
}
