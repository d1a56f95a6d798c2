namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ContainerImage.</summary>
public sealed record ContainerImage
{
    public IReadOnlyList<string>? Names { get; init; }

    public long? SizeBytes { get; init; }
}
