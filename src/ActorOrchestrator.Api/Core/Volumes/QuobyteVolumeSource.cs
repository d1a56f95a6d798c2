namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 QuobyteVolumeSource.</summary>
public sealed record QuobyteVolumeSource
{
    public string? Registry { get; init; }

    public string? Volume { get; init; }

    public bool? ReadOnly { get; init; }

    public string? User { get; init; }

    public string? Group { get; init; }

    public string? Tenant { get; init; }
}
