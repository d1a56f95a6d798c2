using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeSpec.</summary>
public sealed record NodeSpec
{
    public string? PodCIDR { get; init; }

    [PatchStrategy("merge")]
    public IReadOnlyList<string>? PodCIDRs { get; init; }

    public string? ProviderID { get; init; }

    public bool? Unschedulable { get; init; }

    public IReadOnlyList<Taint>? Taints { get; init; }

    public NodeConfigSource? ConfigSource { get; init; }

    public string? ExternalID { get; init; }
}
