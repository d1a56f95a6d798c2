using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeStatus.</summary>
public sealed record NodeStatus
{
    public IReadOnlyDictionary<string, Quantity>? Capacity { get; init; }

    public IReadOnlyDictionary<string, Quantity>? Allocatable { get; init; }

    public string? Phase { get; init; }

    [PatchStrategy("merge", MergeKey = "type")]
    public IReadOnlyList<NodeCondition>? Conditions { get; init; }

    [PatchStrategy("merge", MergeKey = "type")]
    public IReadOnlyList<NodeAddress>? Addresses { get; init; }

    public NodeDaemonEndpoints? DaemonEndpoints { get; init; }

    public NodeSystemInfo? NodeInfo { get; init; }

    public IReadOnlyList<ContainerImage>? Images { get; init; }

    public IReadOnlyList<string>? VolumesInUse { get; init; }

    public IReadOnlyList<AttachedVolume>? VolumesAttached { get; init; }

    public NodeConfigStatus? Config { get; init; }

    public IReadOnlyList<NodeRuntimeHandler>? RuntimeHandlers { get; init; }

    public NodeFeatures? Features { get; init; }
}
