namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ConfigMapKeySelector.</summary>
public sealed record ConfigMapKeySelector
{
    public string? Name { get; init; }

    public string? Key { get; init; }

    public bool? Optional { get; init; }
}
