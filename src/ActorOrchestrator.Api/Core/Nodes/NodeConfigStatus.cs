namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeConfigStatus.</summary>
public sealed record NodeConfigStatus
{
    public NodeConfigSource? Assigned { get; init; }

    public NodeConfigSource? Active { get; init; }

    public NodeConfigSource? LastKnownGood { get; init; }

    public string? Error { get; init; }
}
