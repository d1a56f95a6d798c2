namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 DownwardAPIProjection.</summary>
public sealed record DownwardApiProjection
{
    public IReadOnlyList<DownwardApiVolumeFile>? Items { get; init; }
}
