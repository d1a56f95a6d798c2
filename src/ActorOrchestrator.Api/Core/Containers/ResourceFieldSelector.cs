using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ResourceFieldSelector (downward API resource).</summary>
public sealed record ResourceFieldSelector
{
    public string? ContainerName { get; init; }

    public string? Resource { get; init; }

    public Quantity? Divisor { get; init; }
}
