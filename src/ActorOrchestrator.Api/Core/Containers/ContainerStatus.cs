using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerStatus.</summary>
public sealed record ContainerStatus
{
    public string? Name { get; init; }

    public ContainerState? State { get; init; }

    public ContainerState? LastState { get; init; }

    public bool? Ready { get; init; }

    public int? RestartCount { get; init; }

    public string? Image { get; init; }

    public string? ImageID { get; init; }

    public string? ContainerID { get; init; }

    public bool? Started { get; init; }

    public IReadOnlyDictionary<string, Quantity>? AllocatedResources { get; init; }

    public ResourceRequirements? Resources { get; init; }

    [PatchStrategy("merge", MergeKey = "mountPath")]
    public IReadOnlyList<VolumeMountStatus>? VolumeMounts { get; init; }

    public ContainerUser? User { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<ResourceStatus>? AllocatedResourcesStatus { get; init; }

    public string? StopSignal { get; init; }
}
