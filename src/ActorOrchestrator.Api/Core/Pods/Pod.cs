using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Pod.</summary>
public sealed record Pod : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "v1";

    public string? Kind { get; init; } = "Pod";

    public ObjectMeta Metadata { get; init; } = new();

    public PodSpec Spec { get; init; } = new();

    public PodStatus? Status { get; init; }
}
