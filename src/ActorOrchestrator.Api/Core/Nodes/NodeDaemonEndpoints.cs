namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 NodeDaemonEndpoints.</summary>
public sealed record NodeDaemonEndpoints
{
    public DaemonEndpoint? KubeletEndpoint { get; init; }
}
