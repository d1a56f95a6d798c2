namespace ActorOrchestrator.NodeAgent.Agent.Status;

/// <summary>What a pod's status is computed from: its sandbox, addresses and containers as the agent tracks them.</summary>
internal sealed record PodSnapshot(
    bool SandboxReady,
    string HostIP,
    string PodIP,
    DateTimeOffset StartTime,
    IReadOnlyList<ContainerRecord> InitContainers,
    IReadOnlyList<ContainerRecord> Containers)
{
    /// <summary>Why the agent failed the pod as a whole (DeadlineExceeded), whatever its containers say; null when it did not.</summary>
    public string? FailedReason { get; init; }

    public string? FailedMessage { get; init; }
}
