namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NFSVolumeSource.</summary>
public sealed record NfsVolumeSource
{
    public string? Server { get; init; }

    public string? Path { get; init; }

    public bool? ReadOnly { get; init; }
}
