namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeRuntimeHandler.</summary>
public sealed record NodeRuntimeHandler
{
    public string? Name { get; init; }

    public NodeRuntimeHandlerFeatures? Features { get; init; }
}
