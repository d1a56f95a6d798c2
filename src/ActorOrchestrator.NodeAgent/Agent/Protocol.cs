using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>The messages of the node agent actor.</summary>
internal interface INodeAgentMessage;

/// <summary>Adopt what the runtime holds, then start watching (sent once at start, again after a failed start).</summary>
internal sealed record StartAgent : INodeAgentMessage
{
    public static StartAgent Instance { get; } = new();
}

/// <summary>One event of the watch of pods bound to this node.</summary>
internal sealed record PodWatchEvent(WatchEvent Event, int Generation) : INodeAgentMessage;

/// <summary>The watch ended (the projection stopped, or the watcher fell behind its window).</summary>
internal sealed record PodWatchEnded(Exception? Cause, int Generation) : INodeAgentMessage;

/// <summary>List the pods bound here again, hand each worker its pod, and restart the watch when it ended.</summary>
internal sealed record ResyncPods : INodeAgentMessage
{
    public static ResyncPods Instance { get; } = new();
}

/// <summary>Read the machine and write the Node when a condition changed or its heartbeat is due.</summary>
internal sealed record UpdateNodeStatus : INodeAgentMessage
{
    public static UpdateNodeStatus Instance { get; } = new();
}
