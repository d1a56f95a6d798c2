namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 FCVolumeSource.</summary>
public sealed record FcVolumeSource
{
    public IReadOnlyList<string>? TargetWWNs { get; init; }

    public int? Lun { get; init; }

    public string? FsType { get; init; }

    public bool? ReadOnly { get; init; }

    public IReadOnlyList<string>? Wwids { get; init; }
}
