namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ProjectedVolumeSource.</summary>
public sealed record ProjectedVolumeSource
{
    public IReadOnlyList<VolumeProjection>? Sources { get; init; }

    public int? DefaultMode { get; init; }
}
