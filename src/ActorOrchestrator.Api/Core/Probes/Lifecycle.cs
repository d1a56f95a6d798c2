namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Lifecycle: container hooks.</summary>
public sealed record Lifecycle
{
    public LifecycleHandler? PostStart { get; init; }

    public LifecycleHandler? PreStop { get; init; }

    public string? StopSignal { get; init; }
}
