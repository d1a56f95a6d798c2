using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PersistentVolumeClaimTemplate.</summary>
public sealed record PersistentVolumeClaimTemplate
{
    public ObjectMeta? Metadata { get; init; }

    public PersistentVolumeClaimSpec Spec { get; init; } = new();
}
