using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 Deployment.</summary>
public sealed record Deployment : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "apps/v1";

    public string? Kind { get; init; } = "Deployment";

    public ObjectMeta Metadata { get; init; } = new();

    public DeploymentSpec Spec { get; init; } = new();

    public DeploymentStatus? Status { get; init; }
}
