namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Capabilities.</summary>
public sealed record Capabilities
{
    public IReadOnlyList<string>? Add { get; init; }

    public IReadOnlyList<string>? Drop { get; init; }
}
