namespace ActorOrchestrator.Api.Meta;

/// <summary>Kubernetes' <c>metav1.LabelSelector</c>: matchLabels AND matchExpressions.</summary>
public sealed record LabelSelector
{
    public IReadOnlyDictionary<string, string>? MatchLabels { get; init; }

    public IReadOnlyList<LabelSelectorRequirement>? MatchExpressions { get; init; }
}
