namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 AppArmorProfile.</summary>
public sealed record AppArmorProfile
{
    public string? Type { get; init; }

    public string? LocalhostProfile { get; init; }
}
