namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodDNSConfigOption.</summary>
public sealed record PodDnsConfigOption
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
