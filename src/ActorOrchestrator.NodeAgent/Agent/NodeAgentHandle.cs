using ActorOrchestrator.Actors;
using ActorOrchestrator.ControlPlane.Access;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>
/// A running node agent. Stopping it ends its watch, its pod workers and its probes but leaves every container running:
/// the next agent on this node adopts them, as kubelet does.
/// </summary>
public sealed class NodeAgentHandle : IAsyncDisposable
{
    private readonly ActorSystem _system;
    private readonly IActorRef _agent;
    private int _stopped;

    internal NodeAgentHandle(ActorSystem system, IActorRef agent, string nodeName, string nodeIP, IPodLogs logs)
    {
        _system = system;
        _agent = agent;
        NodeName = nodeName;
        NodeIP = nodeIP;
        Logs = logs;
    }

    public string NodeName { get; }

    /// <summary>The node's InternalIP, also the pods' IP with the process runtime.</summary>
    public string NodeIP { get; }

    /// <summary>Container logs of the pods on this node (for the gateway's <c>pods/log</c>).</summary>
    public IPodLogs Logs { get; }

    /// <summary>Stops the agent and waits until its actors have stopped (at most <paramref name="cancellationToken"/> allows).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = _system.CreateFunctionRef((message, _) =>
        {
            if (message is Terminated)
            {
                stopped.TrySetResult();
            }
        });
        watcher.Watch(_agent);
        _system.Stop(_agent);
        await stopped.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);
}
