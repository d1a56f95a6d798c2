namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeConfigSource.</summary>
public sealed record NodeConfigSource
{
    public ConfigMapNodeConfigSource? ConfigMap { get; init; }
}
