namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeFeatures.</summary>
public sealed record NodeFeatures
{
    public bool? SupplementalGroupsPolicy { get; init; }
}
