namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerState: one of waiting, running, terminated.</summary>
public sealed record ContainerState
{
    public ContainerStateWaiting? Waiting { get; init; }

    public ContainerStateRunning? Running { get; init; }

    public ContainerStateTerminated? Terminated { get; init; }
}
