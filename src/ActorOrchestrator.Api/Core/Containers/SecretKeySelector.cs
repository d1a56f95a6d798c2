namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SecretKeySelector.</summary>
public sealed record SecretKeySelector
{
    public string? Name { get; init; }

    public string? Key { get; init; }

    public bool? Optional { get; init; }
}
