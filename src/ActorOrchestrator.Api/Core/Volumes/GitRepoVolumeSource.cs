namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 GitRepoVolumeSource.</summary>
public sealed record GitRepoVolumeSource
{
    public string? Repository { get; init; }

    public string? Revision { get; init; }

    public string? Directory { get; init; }
}
