namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodAffinity.</summary>
public sealed record PodAffinity
{
    public IReadOnlyList<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; init; }

    public IReadOnlyList<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; init; }
}
