namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodSchedulingGate.</summary>
public sealed record PodSchedulingGate
{
    public string? Name { get; init; }
}
