namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodDNSConfig.</summary>
public sealed record PodDnsConfig
{
    public IReadOnlyList<string>? Nameservers { get; init; }

    public IReadOnlyList<string>? Searches { get; init; }

    public IReadOnlyList<PodDnsConfigOption>? Options { get; init; }
}
