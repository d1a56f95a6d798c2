namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeSelector: terms ORed together.</summary>
public sealed record NodeSelector
{
    public IReadOnlyList<NodeSelectorTerm>? NodeSelectorTerms { get; init; }
}
