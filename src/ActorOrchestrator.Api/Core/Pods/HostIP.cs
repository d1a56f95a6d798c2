namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 HostIP.</summary>
public sealed record HostIP
{
    public string? Ip { get; init; }
}
