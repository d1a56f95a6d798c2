namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ResourceHealth.</summary>
public sealed record ResourceHealth
{
    public string? ResourceID { get; init; }

    public string? Health { get; init; }
}
