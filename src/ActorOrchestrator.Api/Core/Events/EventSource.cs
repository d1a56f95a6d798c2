namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EventSource.</summary>
public sealed record EventSource
{
    public string? Component { get; init; }

    public string? Host { get; init; }
}
