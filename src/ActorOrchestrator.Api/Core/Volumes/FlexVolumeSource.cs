namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 FlexVolumeSource.</summary>
public sealed record FlexVolumeSource
{
    public string? Driver { get; init; }

    public string? FsType { get; init; }

    public LocalObjectReference? SecretRef { get; init; }

    public bool? ReadOnly { get; init; }

    public IReadOnlyDictionary<string, string>? Options { get; init; }
}
