using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 DeploymentSpec.</summary>
public sealed record DeploymentSpec
{
    public int? Replicas { get; init; }

    public LabelSelector? Selector { get; init; }

    public PodTemplateSpec Template { get; init; } = new();

    [PatchStrategy("retainKeys")]
    public DeploymentStrategy? Strategy { get; init; }

    public int? MinReadySeconds { get; init; }

    public int? RevisionHistoryLimit { get; init; }

    public bool? Paused { get; init; }

    public int? ProgressDeadlineSeconds { get; init; }
}
