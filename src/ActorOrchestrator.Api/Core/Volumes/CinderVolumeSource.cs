namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 CinderVolumeSource.</summary>
public sealed record CinderVolumeSource
{
    public string? VolumeID { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }

    public LocalObjectReference? SecretRef { get; init; }
}
