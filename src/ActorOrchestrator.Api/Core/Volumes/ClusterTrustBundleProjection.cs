using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ClusterTrustBundleProjection.</summary>
public sealed record ClusterTrustBundleProjection
{
    public string? Name { get; init; }

    public string? SignerName { get; init; }

    public LabelSelector? LabelSelector { get; init; }

    public bool? Optional { get; init; }

    public string? Path { get; init; }
}
