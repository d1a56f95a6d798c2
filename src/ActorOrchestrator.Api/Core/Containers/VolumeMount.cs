namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 VolumeMount.</summary>
public sealed record VolumeMount
{
    public string? Name { get; init; }

    public bool? ReadOnly { get; init; }

    public string? RecursiveReadOnly { get; init; }

    public string? MountPath { get; init; }

    public string? SubPath { get; init; }

    public string? MountPropagation { get; init; }

    public string? SubPathExpr { get; init; }
}
