namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 FlockerVolumeSource.</summary>
public sealed record FlockerVolumeSource
{
    public string? DatasetName { get; init; }

    public string? DatasetUUID { get; init; }
}
