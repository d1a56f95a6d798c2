namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SleepAction.</summary>
public sealed record SleepAction
{
    public long? Seconds { get; init; }
}
