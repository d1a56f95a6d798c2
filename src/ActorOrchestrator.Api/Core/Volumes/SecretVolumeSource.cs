namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 SecretVolumeSource.</summary>
public sealed record SecretVolumeSource
{
    public string? SecretName { get; init; }

    public IReadOnlyList<KeyToPath>? Items { get; init; }

    public int? DefaultMode { get; init; }

    public bool? Optional { get; init; }
}
