namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NamespaceSpec.</summary>
public sealed record NamespaceSpec
{
    public IReadOnlyList<string>? Finalizers { get; init; }
}
