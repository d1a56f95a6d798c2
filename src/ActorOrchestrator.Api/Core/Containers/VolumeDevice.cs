namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 VolumeDevice.</summary>
public sealed record VolumeDevice
{
    public string? Name { get; init; }

    public string? DevicePath { get; init; }
}
