namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Toleration.</summary>
public sealed record Toleration
{
    public string? Key { get; init; }

    public string? Operator { get; init; }

    public string? Value { get; init; }

    public string? Effect { get; init; }

    public long? TolerationSeconds { get; init; }
}
