namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 HostPathVolumeSource.</summary>
public sealed record HostPathVolumeSource
{
    public string? Path { get; init; }

    public string? Type { get; init; }
}
