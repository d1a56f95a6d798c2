namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 CephFSVolumeSource.</summary>
public sealed record CephFsVolumeSource
{
    public IReadOnlyList<string>? Monitors { get; init; }

    public string? Path { get; init; }

    public string? User { get; init; }

    public string? SecretFile { get; init; }

    public LocalObjectReference? SecretRef { get; init; }

    public bool? ReadOnly { get; init; }
}
