namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 TypedObjectReference.</summary>
public sealed record TypedObjectReference
{
    public string? ApiGroup { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public string? Namespace { get; init; }
}
