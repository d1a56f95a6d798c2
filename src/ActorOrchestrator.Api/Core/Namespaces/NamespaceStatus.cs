using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NamespaceStatus.</summary>
public sealed record NamespaceStatus
{
    public string? Phase { get; init; }

    [PatchStrategy("merge", MergeKey = "type")]
    public IReadOnlyList<NamespaceCondition>? Conditions { get; init; }
}
