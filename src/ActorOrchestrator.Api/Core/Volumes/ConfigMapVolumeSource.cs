namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ConfigMapVolumeSource.</summary>
public sealed record ConfigMapVolumeSource
{
    public string? Name { get; init; }

    public IReadOnlyList<KeyToPath>? Items { get; init; }

    public int? DefaultMode { get; init; }

    public bool? Optional { get; init; }
}
