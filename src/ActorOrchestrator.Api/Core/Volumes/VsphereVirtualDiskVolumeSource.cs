namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 VsphereVirtualDiskVolumeSource.</summary>
public sealed record VsphereVirtualDiskVolumeSource
{
    public string? VolumePath { get; init; }

    public string? FsType { get; init; }

    public string? StoragePolicyName { get; init; }

    public string? StoragePolicyID { get; init; }
}
