namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Affinity.</summary>
public sealed record Affinity
{
    public NodeAffinity? NodeAffinity { get; init; }

    public PodAffinity? PodAffinity { get; init; }

    public PodAntiAffinity? PodAntiAffinity { get; init; }
}
