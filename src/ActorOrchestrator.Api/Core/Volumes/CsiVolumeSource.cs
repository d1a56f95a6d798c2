namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 CSIVolumeSource.</summary>
public sealed record CsiVolumeSource
{
    public string? Driver { get; init; }

    public bool? ReadOnly { get; init; }

    public string? FsType { get; init; }

    public IReadOnlyDictionary<string, string>? VolumeAttributes { get; init; }

    public LocalObjectReference? NodePublishSecretRef { get; init; }
}
