namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerUser.</summary>
public sealed record ContainerUser
{
    public LinuxContainerUser? Linux { get; init; }
}
