namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PersistentVolumeClaimVolumeSource.</summary>
public sealed record PersistentVolumeClaimVolumeSource
{
    public string? ClaimName { get; init; }

    public bool? ReadOnly { get; init; }
}
