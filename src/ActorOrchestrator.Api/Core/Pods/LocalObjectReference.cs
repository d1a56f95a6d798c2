namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 LocalObjectReference: a name in the same namespace.</summary>
public sealed record LocalObjectReference
{
    public string? Name { get; init; }
}
