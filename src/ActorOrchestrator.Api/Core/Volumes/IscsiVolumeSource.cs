namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 ISCSIVolumeSource.</summary>
public sealed record IscsiVolumeSource
{
    public string? TargetPortal { get; init; }

    public string? Iqn { get; init; }

    public int? Lun { get; init; }

    public string? IscsiInterface { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }

    public IReadOnlyList<string>? Portals { get; init; }

    public bool? ChapAuthDiscovery { get; init; }

    public bool? ChapAuthSession { get; init; }

    public LocalObjectReference? SecretRef { get; init; }

    public string? InitiatorName { get; init; }
}
