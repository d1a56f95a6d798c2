using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 VolumeResourceRequirements.</summary>
public sealed record VolumeResourceRequirements
{
    public IReadOnlyDictionary<string, Quantity>? Limits { get; init; }

    public IReadOnlyDictionary<string, Quantity>? Requests { get; init; }
}
