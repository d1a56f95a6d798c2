namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ImageVolumeSource.</summary>
public sealed record ImageVolumeSource
{
    public string? Reference { get; init; }

    public string? PullPolicy { get; init; }
}
