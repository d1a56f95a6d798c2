namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 AWSElasticBlockStoreVolumeSource.</summary>
public sealed record AwsElasticBlockStoreVolumeSource
{
    public string? VolumeID { get; init; }

    public string? FsType { get; init; }

    public int? Partition { get; init; }

    public bool? ReadOnly { get; init; }
}
