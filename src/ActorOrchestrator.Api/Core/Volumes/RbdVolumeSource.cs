namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 RBDVolumeSource.</summary>
public sealed record RbdVolumeSource
{
    public IReadOnlyList<string>? Monitors { get; init; }

    public string? Image { get; init; }

    public string? FsType { get; init; }

    public string? Pool { get; init; }

    public string? User { get; init; }

    public string? Keyring { get; init; }

    public LocalObjectReference? SecretRef { get; init; }

    public bool? ReadOnly { get; init; }
}
