namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeAffinity.</summary>
public sealed record NodeAffinity
{
    public NodeSelector? RequiredDuringSchedulingIgnoredDuringExecution { get; init; }

    public IReadOnlyList<PreferredSchedulingTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; init; }
}
