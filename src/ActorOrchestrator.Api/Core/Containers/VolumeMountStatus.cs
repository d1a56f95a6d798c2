namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 VolumeMountStatus.</summary>
public sealed record VolumeMountStatus
{
    public string? Name { get; init; }

    public string? MountPath { get; init; }

    public bool? ReadOnly { get; init; }

    public string? RecursiveReadOnly { get; init; }
}
