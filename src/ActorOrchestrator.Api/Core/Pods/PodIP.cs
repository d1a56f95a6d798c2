namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodIP.</summary>
public sealed record PodIP
{
    public string? Ip { get; init; }
}
