namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeSelectorRequirement (In, NotIn, Exists, DoesNotExist, Gt, Lt).</summary>
public sealed record NodeSelectorRequirement
{
    public string? Key { get; init; }

    public string? Operator { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
