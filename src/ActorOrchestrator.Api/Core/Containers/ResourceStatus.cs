using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ResourceStatus.</summary>
public sealed record ResourceStatus
{
    public string? Name { get; init; }

    [PatchStrategy("merge", MergeKey = "resourceID")]
    public IReadOnlyList<ResourceHealth>? Resources { get; init; }
}
