namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SecretProjection.</summary>
public sealed record SecretProjection
{
    public string? Name { get; init; }

    public IReadOnlyList<KeyToPath>? Items { get; init; }

    public bool? Optional { get; init; }
}
