namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ResourceClaim (a container's use of a pod resource claim).</summary>
public sealed record ResourceClaim
{
    public string? Name { get; init; }

    public string? Request { get; init; }
}
