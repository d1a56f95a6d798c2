namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeSwapStatus.</summary>
public sealed record NodeSwapStatus
{
    public long? Capacity { get; init; }
}
