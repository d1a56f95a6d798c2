namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ServiceAccountTokenProjection.</summary>
public sealed record ServiceAccountTokenProjection
{
    public string? Audience { get; init; }

    public long? ExpirationSeconds { get; init; }

    public string? Path { get; init; }
}
