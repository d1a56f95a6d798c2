namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 HostAlias: an /etc/hosts entry.</summary>
public sealed record HostAlias
{
    public string? Ip { get; init; }

    public IReadOnlyList<string>? Hostnames { get; init; }
}
