namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Sysctl.</summary>
public sealed record Sysctl
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
