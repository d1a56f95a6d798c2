using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodStatus.</summary>
public sealed record PodStatus
{
    public long? ObservedGeneration { get; init; }

    public string? Phase { get; init; }

    [PatchStrategy("merge", MergeKey = "type")]
    public IReadOnlyList<PodCondition>? Conditions { get; init; }

    public string? Message { get; init; }

    public string? Reason { get; init; }

    public string? NominatedNodeName { get; init; }

    public string? HostIP { get; init; }

    [PatchStrategy("merge", MergeKey = "ip")]
    public IReadOnlyList<HostIP>? HostIPs { get; init; }

    public string? PodIP { get; init; }

    [PatchStrategy("merge", MergeKey = "ip")]
    public IReadOnlyList<PodIP>? PodIPs { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public IReadOnlyList<ContainerStatus>? InitContainerStatuses { get; init; }

    public IReadOnlyList<ContainerStatus>? ContainerStatuses { get; init; }

    public string? QosClass { get; init; }

    public IReadOnlyList<ContainerStatus>? EphemeralContainerStatuses { get; init; }

    public string? Resize { get; init; }

    [PatchStrategy("merge,retainKeys", MergeKey = "name")]
    public IReadOnlyList<PodResourceClaimStatus>? ResourceClaimStatuses { get; init; }
}
