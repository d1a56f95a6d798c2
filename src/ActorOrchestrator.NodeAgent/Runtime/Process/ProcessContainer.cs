using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// The driver's live view of one container: its record, its output drain, and the exit waiters. <see cref="Gate"/> serialises starts, observations and removal; stops wait on <see cref="Exited"/> outside it.
/// </summary>
internal sealed class ProcessContainer : IDisposable
{
    private readonly TaskCompletionSource<ContainerStatus> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ProcessContainerRecord _record;

    public ProcessContainer(ProcessContainerRecord record, string directory)
    {
        _record = record;
        Directory = directory;
        if (record.State == ContainerState.Exited)
        {
            _exited.SetResult(record.ToStatus());
        }
    }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The current record; replaced whole, read without the gate.</summary>
    public ProcessContainerRecord Record
    {
        get => _record;
        set => _record = value;
    }

    /// <summary>The container's state directory (pids, exit, capture files).</summary>
    public string Directory { get; }

    /// <summary>Completes with the final status when the container has exited.</summary>
    public Task<ContainerStatus> Exited => _exited.Task;

    /// <summary>The drain of its output while it runs.</summary>
    public CapturedOutput? Output { get; set; }

    /// <summary>When the monitor next looks in /proc whether the supervisor or the process still lives.</summary>
    public DateTimeOffset NextLivenessCheck { get; set; }

    public string PidsFile => Path.Combine(Directory, "pids");

    public string ExitFile => Path.Combine(Directory, "exit");

    /// <summary>Resumes or returns the drain of the container's output.</summary>
    public CapturedOutput OutputFor(ContainerLogSettings settings) =>
        Output ??= CapturedOutput.Resume(Directory, Record.LogPath, settings);

    /// <summary>Tells the waiters the container has exited with its current record.</summary>
    public void SignalExited() => _exited.TrySetResult(Record.ToStatus());

    public void Dispose()
    {
        Output?.Dispose();
        Output = null;
    }
}
