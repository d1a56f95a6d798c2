using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 RollingUpdateDeployment.</summary>
public sealed record RollingUpdateDeployment
{
    public IntOrString? MaxUnavailable { get; init; }

    public IntOrString? MaxSurge { get; init; }
}
