namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeRuntimeHandlerFeatures.</summary>
public sealed record NodeRuntimeHandlerFeatures
{
    public bool? RecursiveReadOnlyMounts { get; init; }

    public bool? UserNamespaces { get; init; }
}
