namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodResourceClaimStatus.</summary>
public sealed record PodResourceClaimStatus
{
    public string? Name { get; init; }

    public string? ResourceClaimName { get; init; }
}
