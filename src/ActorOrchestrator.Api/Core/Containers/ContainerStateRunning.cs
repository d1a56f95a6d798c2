namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerStateRunning.</summary>
public sealed record ContainerStateRunning
{
    public DateTimeOffset? StartedAt { get; init; }
}
