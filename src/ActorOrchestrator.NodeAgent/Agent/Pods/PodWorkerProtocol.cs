using ActorOrchestrator.NodeAgent.Agent.Probes;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>The messages of a pod worker.</summary>
internal interface IPodWorkerMessage;

/// <summary>The pod as the view now shows it.</summary>
internal sealed record PodChanged(Api.Core.Pod Pod) : IPodWorkerMessage;

/// <summary>The pod left the view (deleted or bound elsewhere): stop and remove its containers, then stop.</summary>
internal sealed record PodRemoved : IPodWorkerMessage
{
    public static PodRemoved Instance { get; } = new();
}

/// <summary>Compare the pod with its containers and act (level-triggered; timers and events send it).</summary>
internal sealed record SyncPod : IPodWorkerMessage
{
    public static SyncPod Instance { get; } = new();
}

/// <summary>A container instance the worker started has exited.</summary>
internal sealed record ContainerExited(string ContainerId, ContainerStatus Status) : IPodWorkerMessage;

/// <summary>Waiting for an instance's exit failed (the runtime lost track of it, or the wait was abandoned).</summary>
internal sealed record ContainerWaitFailed(string ContainerId) : IPodWorkerMessage;

/// <summary>Watch a running instance for its exit again.</summary>
internal sealed record WatchContainer(string ContainerId) : IPodWorkerMessage;

/// <summary>A probe's reported state changed (after its thresholds).</summary>
internal sealed record ProbeStateChanged(string Container, string ContainerId, ProbeKind Kind, ProbeResult Result) : IPodWorkerMessage;

/// <summary>One probe run failed (each failure is an Unhealthy event, as in kubelet).</summary>
internal sealed record ProbeFailed(string Container, string ContainerId, ProbeKind Kind, string Message) : IPodWorkerMessage;
