namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 DownwardAPIVolumeSource.</summary>
public sealed record DownwardApiVolumeSource
{
    public IReadOnlyList<DownwardApiVolumeFile>? Items { get; init; }

    public int? DefaultMode { get; init; }
}
