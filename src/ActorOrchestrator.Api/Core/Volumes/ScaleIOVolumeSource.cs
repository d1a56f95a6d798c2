namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ScaleIOVolumeSource.</summary>
public sealed record ScaleIOVolumeSource
{
    public string? Gateway { get; init; }

    public string? System { get; init; }

    public LocalObjectReference? SecretRef { get; init; }

    public bool? SslEnabled { get; init; }

    public string? ProtectionDomain { get; init; }

    public string? StoragePool { get; init; }

    public string? StorageMode { get; init; }

    public string? VolumeName { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }
}
