namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 GlusterfsVolumeSource.</summary>
public sealed record GlusterfsVolumeSource
{
    public string? Endpoints { get; init; }

    public string? Path { get; init; }

    public bool? ReadOnly { get; init; }
}
