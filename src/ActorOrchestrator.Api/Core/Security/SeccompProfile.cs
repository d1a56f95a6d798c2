namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SeccompProfile.</summary>
public sealed record SeccompProfile
{
    public string? Type { get; init; }

    public string? LocalhostProfile { get; init; }
}
