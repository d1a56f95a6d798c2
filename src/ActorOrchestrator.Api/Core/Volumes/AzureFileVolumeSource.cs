namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 AzureFileVolumeSource.</summary>
public sealed record AzureFileVolumeSource
{
    public string? SecretName { get; init; }

    public string? ShareName { get; init; }

    public bool? ReadOnly { get; init; }
}
