namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeAddress.</summary>
public sealed record NodeAddress
{
    public string? Type { get; init; }

    public string? Address { get; init; }
}
