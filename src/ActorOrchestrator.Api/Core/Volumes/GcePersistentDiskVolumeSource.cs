namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 GCEPersistentDiskVolumeSource.</summary>
public sealed record GcePersistentDiskVolumeSource
{
    public string? PdName { get; init; }

    public string? FsType { get; init; }

    public int? Partition { get; init; }

    public bool? ReadOnly { get; init; }
}
