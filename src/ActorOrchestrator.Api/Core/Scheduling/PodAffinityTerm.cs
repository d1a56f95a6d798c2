using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodAffinityTerm.</summary>
public sealed record PodAffinityTerm
{
    public LabelSelector? LabelSelector { get; init; }

    public IReadOnlyList<string>? Namespaces { get; init; }

    public string? TopologyKey { get; init; }

    public LabelSelector? NamespaceSelector { get; init; }

    public IReadOnlyList<string>? MatchLabelKeys { get; init; }

    public IReadOnlyList<string>? MismatchLabelKeys { get; init; }
}
