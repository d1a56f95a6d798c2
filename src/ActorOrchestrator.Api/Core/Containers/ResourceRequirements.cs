using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ResourceRequirements.</summary>
public sealed record ResourceRequirements
{
    public IReadOnlyDictionary<string, Quantity>? Limits { get; init; }

    public IReadOnlyDictionary<string, Quantity>? Requests { get; init; }

    public IReadOnlyList<ResourceClaim>? Claims { get; init; }
}
