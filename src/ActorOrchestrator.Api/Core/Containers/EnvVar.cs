namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EnvVar.</summary>
public sealed record EnvVar
{
    public string? Name { get; init; }

    public string? Value { get; init; }

    public EnvVarSource? ValueFrom { get; init; }
}
