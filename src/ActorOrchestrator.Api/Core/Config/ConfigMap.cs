using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ConfigMap.</summary>
public sealed record ConfigMap : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "v1";

    public string? Kind { get; init; } = "ConfigMap";

    public ObjectMeta Metadata { get; init; } = new();

    public bool? Immutable { get; init; }

    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public IReadOnlyDictionary<string, byte[]>? BinaryData { get; init; }
}
