namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EnvFromSource.</summary>
public sealed record EnvFromSource
{
    public string? Prefix { get; init; }

    public ConfigMapEnvSource? ConfigMapRef { get; init; }

    public SecretEnvSource? SecretRef { get; init; }
}
