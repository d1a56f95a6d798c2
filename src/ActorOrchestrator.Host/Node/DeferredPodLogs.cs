using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// The pod logs the gateway serves, handed over once the node agent runs (the gateway starts first so the agent learns
/// the API's bound port); until then a log request answers 503.
/// </summary>
internal sealed class DeferredPodLogs : IPodLogs
{
    private volatile IPodLogs? _logs;

    public void Attach(IPodLogs logs) => _logs = logs;

    public IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(PodLogRequest request, CancellationToken cancellationToken) =>
        (_logs ?? throw StatusException.ServiceUnavailable("the node agent is starting; logs are available once it runs"))
            .ReadAsync(request, cancellationToken);
}
