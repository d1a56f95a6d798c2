namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 FileKeySelector.</summary>
public sealed record FileKeySelector
{
    public string? VolumeName { get; init; }

    public string? Path { get; init; }

    public string? Key { get; init; }

    public bool? Optional { get; init; }
}
