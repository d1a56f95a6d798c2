namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeSelectorTerm: requirements ANDed together.</summary>
public sealed record NodeSelectorTerm
{
    public IReadOnlyList<NodeSelectorRequirement>? MatchExpressions { get; init; }

    public IReadOnlyList<NodeSelectorRequirement>? MatchFields { get; init; }
}
