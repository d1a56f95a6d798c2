namespace ActorOrchestrator.Api.Apps;

/// <summary>Kubernetes' apps/v1 DeploymentCondition.</summary>
public sealed record DeploymentCondition
{
    public string? Type { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? LastUpdateTime { get; init; }

    public DateTimeOffset? LastTransitionTime { get; init; }

    public string? Reason { get; init; }

    public string? Message { get; init; }
}
