namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ConfigMapProjection.</summary>
public sealed record ConfigMapProjection
{
    public string? Name { get; init; }

    public IReadOnlyList<KeyToPath>? Items { get; init; }

    public bool? Optional { get; init; }
}
