namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ConfigMapNodeConfigSource.</summary>
public sealed record ConfigMapNodeConfigSource
{
    public string? Namespace { get; init; }

    public string? Name { get; init; }

    public string? Uid { get; init; }

    public string? ResourceVersion { get; init; }

    public string? KubeletConfigKey { get; init; }
}
