namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeCondition.</summary>
public sealed record NodeCondition
{
    public string? Type { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? LastHeartbeatTime { get; init; }

    public DateTimeOffset? LastTransitionTime { get; init; }

    public string? Reason { get; init; }

    public string? Message { get; init; }
}
