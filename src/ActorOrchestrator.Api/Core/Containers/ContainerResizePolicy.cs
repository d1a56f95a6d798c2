namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerResizePolicy.</summary>
public sealed record ContainerResizePolicy
{
    public string? ResourceName { get; init; }

    public string? RestartPolicy { get; init; }
}
