namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 DeploymentStrategy (RollingUpdate or Recreate).</summary>
public sealed record DeploymentStrategy
{
    public string? Type { get; init; }

    public RollingUpdateDeployment? RollingUpdate { get; init; }
}
