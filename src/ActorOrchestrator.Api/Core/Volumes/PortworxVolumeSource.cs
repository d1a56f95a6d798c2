namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PortworxVolumeSource.</summary>
public sealed record PortworxVolumeSource
{
    public string? VolumeID { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }
}
