namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Taint.</summary>
public sealed record Taint
{
    public string? Key { get; init; }

    public string? Value { get; init; }

    public string? Effect { get; init; }

    public DateTimeOffset? TimeAdded { get; init; }
}
