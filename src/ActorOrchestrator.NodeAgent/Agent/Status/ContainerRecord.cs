using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.NodeAgent.Agent.Status;

/// <summary>What the agent knows of one container of a pod: the API's view of it plus its back-off.</summary>
/// <param name="Name">The container's name in the pod spec.</param>
/// <param name="Image">The image the spec names.</param>
internal sealed record ContainerRecord(string Name, string Image)
{
    /// <summary>The runtime's id of the current instance, null before the first start.</summary>
    public string? ContainerId { get; init; }

    /// <summary>The API form of <see cref="ContainerId"/>: <c>process://ID</c>.</summary>
    public string? QualifiedId { get; init; }

    public string? ImageId { get; init; }

    public ContainerState State { get; init; } = new() { Waiting = new ContainerStateWaiting { Reason = "ContainerCreating" } };

    public ContainerStateTerminated? LastTerminated { get; init; }

    public int RestartCount { get; init; }

    /// <summary>The readiness probe passes (true without one while running).</summary>
    public bool Ready { get; init; }

    /// <summary>The startup probe passed (true without one while running).</summary>
    public bool Started { get; init; }

    /// <summary>The container's back-off after its last failure; null before any.</summary>
    public TimeSpan? BackOff { get; init; }

    /// <summary>When a container waiting in back-off may start again.</summary>
    public DateTimeOffset? RestartAt { get; init; }

    public bool IsRunning => State.Running is not null;

    public bool IsTerminated => State.Terminated is not null;

    /// <summary>Terminated with exit code 0.</summary>
    public bool Succeeded => State.Terminated is { ExitCode: 0 };

    public ContainerStatus ToStatus() => new()
    {
        Name = Name,
        State = State,
        LastState = LastTerminated is null ? new ContainerState() : new ContainerState { Terminated = LastTerminated },
        Ready = Ready && IsRunning,
        RestartCount = RestartCount,
        Image = Image,
        ImageID = ImageId ?? "",
        ContainerID = QualifiedId,
        Started = Started && IsRunning,
    };
}
