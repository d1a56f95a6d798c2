namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SecretEnvSource.</summary>
public sealed record SecretEnvSource
{
    public string? Name { get; init; }

    public bool? Optional { get; init; }
}
