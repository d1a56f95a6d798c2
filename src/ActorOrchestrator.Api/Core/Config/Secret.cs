using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Secret. stringData is write-only: defaulting folds it into data.</summary>
public sealed record Secret : IKubernetesObject
{
    public string? ApiVersion { get; init; } = "v1";

    public string? Kind { get; init; } = "Secret";

    public ObjectMeta Metadata { get; init; } = new();

    public bool? Immutable { get; init; }

    public IReadOnlyDictionary<string, byte[]>? Data { get; init; }

    public IReadOnlyDictionary<string, string>? StringData { get; init; }

    public string? Type { get; init; }
}
