namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 AzureDiskVolumeSource.</summary>
public sealed record AzureDiskVolumeSource
{
    public string? DiskName { get; init; }

    public string? DiskURI { get; init; }

    public string? CachingMode { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }

    public string? Kind { get; init; }
}
