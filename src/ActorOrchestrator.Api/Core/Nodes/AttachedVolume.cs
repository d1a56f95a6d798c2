namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 AttachedVolume.</summary>
public sealed record AttachedVolume
{
    public string? Name { get; init; }

    public string? DevicePath { get; init; }
}
