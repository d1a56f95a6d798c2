namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodResourceClaim.</summary>
public sealed record PodResourceClaim
{
    public string? Name { get; init; }

    public string? ResourceClaimName { get; init; }

    public string? ResourceClaimTemplateName { get; init; }
}
