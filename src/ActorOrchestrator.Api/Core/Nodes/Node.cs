using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Node.</summary>
public sealed record Node : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "v1";

    public string? Kind { get; init; } = "Node";

    public ObjectMeta Metadata { get; init; } = new();

    public NodeSpec Spec { get; init; } = new();

    public NodeStatus? Status { get; init; }
}
