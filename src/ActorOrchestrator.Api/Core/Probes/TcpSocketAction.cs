using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 TCPSocketAction.</summary>
public sealed record TcpSocketAction
{
    public IntOrString? Port { get; init; }

    public string? Host { get; init; }
}
