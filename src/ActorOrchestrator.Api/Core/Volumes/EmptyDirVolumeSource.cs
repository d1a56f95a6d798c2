using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EmptyDirVolumeSource.</summary>
public sealed record EmptyDirVolumeSource
{
    public string? Medium { get; init; }

    public Quantity? SizeLimit { get; init; }
}
