namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ConfigMapEnvSource.</summary>
public sealed record ConfigMapEnvSource
{
    public string? Name { get; init; }

    public bool? Optional { get; init; }
}
