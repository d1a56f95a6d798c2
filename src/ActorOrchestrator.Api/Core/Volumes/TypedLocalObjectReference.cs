namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 TypedLocalObjectReference.</summary>
public sealed record TypedLocalObjectReference
{
    public string? ApiGroup { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }
}
