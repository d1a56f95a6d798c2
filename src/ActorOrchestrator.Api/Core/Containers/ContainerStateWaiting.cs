namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerStateWaiting.</summary>
public sealed record ContainerStateWaiting
{
    public string? Reason { get; init; }

    public string? Message { get; init; }
}
