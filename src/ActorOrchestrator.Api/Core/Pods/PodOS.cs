namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodOS.</summary>
public sealed record PodOS
{
    public string? Name { get; init; }
}
