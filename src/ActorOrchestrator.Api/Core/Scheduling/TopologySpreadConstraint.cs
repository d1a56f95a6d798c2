using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 TopologySpreadConstraint.</summary>
public sealed record TopologySpreadConstraint
{
    public int? MaxSkew { get; init; }

    public string? TopologyKey { get; init; }

    public string? WhenUnsatisfiable { get; init; }

    public LabelSelector? LabelSelector { get; init; }

    public int? MinDomains { get; init; }

    public string? NodeAffinityPolicy { get; init; }

    public string? NodeTaintsPolicy { get; init; }

    public IReadOnlyList<string>? MatchLabelKeys { get; init; }
}
