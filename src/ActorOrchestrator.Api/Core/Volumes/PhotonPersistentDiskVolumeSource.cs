namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PhotonPersistentDiskVolumeSource.</summary>
public sealed record PhotonPersistentDiskVolumeSource
{
    public string? PdID { get; init; }

    public string? FsType { get; init; }
}
