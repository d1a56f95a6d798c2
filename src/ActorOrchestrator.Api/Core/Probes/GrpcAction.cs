namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 GRPCAction.</summary>
public sealed record GrpcAction
{
    public int? Port { get; init; }

    public string? Service { get; init; }
}
