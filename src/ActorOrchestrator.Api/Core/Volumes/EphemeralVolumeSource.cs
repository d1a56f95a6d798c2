namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EphemeralVolumeSource.</summary>
public sealed record EphemeralVolumeSource
{
    public PersistentVolumeClaimTemplate? VolumeClaimTemplate { get; init; }
}
