namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 StorageOSVolumeSource.</summary>
public sealed record StorageOSVolumeSource
{
    public string? VolumeName { get; init; }

    public string? VolumeNamespace { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }

    public LocalObjectReference? SecretRef { get; init; }
}
