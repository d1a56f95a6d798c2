namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodAntiAffinity.</summary>
public sealed record PodAntiAffinity
{
    public IReadOnlyList<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; init; }

    public IReadOnlyList<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; init; }
}
