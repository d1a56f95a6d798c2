namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// What the process driver persists per container (<c>state.json</c>): its configuration, where it runs and logs, its state,
/// and the supervisor's and the process's pids with their /proc start times, so a later driver can tell them from a reused pid.
/// </summary>
internal sealed record ProcessContainerRecord(string Id, string SandboxId, ContainerConfig Config, string LogPath, DateTimeOffset CreatedAt)
{
    public ContainerState State { get; init; } = ContainerState.Created;

    /// <summary>The directory the process runs in, once started.</summary>
    public string WorkingDirectory { get; init; } = "";

    /// <summary>Set once the supervisor was launched, before its pids are known.</summary>
    public bool Launched { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public int ExitCode { get; init; }

    public string Reason { get; init; } = "";

    public string Message { get; init; } = "";

    public int SupervisorPid { get; init; }

    public long SupervisorStartTicks { get; init; }

    /// <summary>The container's main process, leader of its process group.</summary>
    public int Pid { get; init; }

    public long PidStartTicks { get; init; }

    /// <summary>The status the runtime contract reports.</summary>
    public ContainerStatus ToStatus() => new(Id, SandboxId, Config.Metadata, State, CreatedAt)
    {
        Image = Config.Image,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        ExitCode = ExitCode,
        Reason = Reason,
        Message = Message,
        LogPath = LogPath,
        Labels = Config.Labels,
        Annotations = Config.Annotations,
    };

    /// <summary>This container, exited now with <paramref name="exitCode"/>; the reason follows the code unless given.</summary>
    public ProcessContainerRecord Exited(int exitCode, DateTimeOffset finishedAt, string? reason = null, string message = "") => this with
    {
        State = ContainerState.Exited,
        ExitCode = exitCode,
        FinishedAt = finishedAt,
        Reason = reason ?? (exitCode == 0 ? RuntimeReasons.Completed : RuntimeReasons.Error),
        Message = message,
    };
}
