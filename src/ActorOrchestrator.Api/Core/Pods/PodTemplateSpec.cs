using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodTemplateSpec: the pod a controller creates.</summary>
public sealed record PodTemplateSpec
{
    public ObjectMeta Metadata { get; init; } = new();

    public PodSpec Spec { get; init; } = new();
}
