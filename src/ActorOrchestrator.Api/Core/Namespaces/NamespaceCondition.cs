namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NamespaceCondition.</summary>
public sealed record NamespaceCondition
{
    public string? Type { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? LastTransitionTime { get; init; }

    public string? Reason { get; init; }

    public string? Message { get; init; }
}
