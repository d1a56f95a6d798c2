using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Namespace.</summary>
public sealed record Namespace : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "v1";

    public string? Kind { get; init; } = "Namespace";

    public ObjectMeta Metadata { get; init; } = new();

    public NamespaceSpec Spec { get; init; } = new();

    public NamespaceStatus? Status { get; init; }
}
