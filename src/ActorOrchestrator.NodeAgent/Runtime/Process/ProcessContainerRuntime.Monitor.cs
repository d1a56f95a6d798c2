using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// Watching running containers: every poll interval (or at once when a start or a stop wakes it) each running container's
/// output is drained into its log and its exit noticed; adoption reads back what an earlier driver left.
/// </summary>
public sealed partial class ProcessContainerRuntime
{
    private static readonly TimeSpan LivenessCheckInterval = TimeSpan.FromSeconds(2);

    private async Task MonitorAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(_settings.Process.PollInterval, stopping).ConfigureAwait(false);
                await SweepAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        foreach (var container in _containers.Values)
        {
            if (container.Record.State != ContainerState.Running)
            {
                continue;
            }

            await container.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                Observe(container);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The monitor must outlive any one container's trouble; the next pass tries again.
                _logger.ObserveFailed(failure, container.Record.Id);
            }
            finally
            {
                container.Gate.Release();
            }
        }
    }

    /// <summary>Drains the container's output and settles its exit: the recorded status, else unknown once nothing of it lives.</summary>
    private void Observe(ProcessContainer container)
    {
        var record = container.Record;
        if (record.State != ContainerState.Running || !_containers.ContainsKey(record.Id))
        {
            return;
        }

        if (SupervisorFiles.ReadExit(container.ExitFile) is var (code, finishedAt))
        {
            Finish(container, record.Exited(code, finishedAt));
            return;
        }

        var now = _time.GetUtcNow();
        container.OutputFor(_settings.Logs).Drain(now);
        if (now < container.NextLivenessCheck)
        {
            return;
        }

        // The exit file is the normal signal; looking in /proc only catches a supervisor killed before it could write one.
        container.NextLivenessCheck = now + LivenessCheckInterval;
        if (ProcStat.IsAlive(record.SupervisorPid, record.SupervisorStartTicks) || ProcStat.IsAlive(record.Pid, record.PidStartTicks))
        {
            return;
        }

        // The supervisor may have written the status between the first look and its exit.
        var exit = SupervisorFiles.ReadExit(container.ExitFile);
        Finish(
            container,
            exit is var (lateCode, lateAt)
                ? record.Exited(lateCode, lateAt)
                : record.Exited(
                    137,
                    _time.GetUtcNow(),
                    RuntimeReasons.ContainerStatusUnknown,
                    "The container's process and its supervisor ended without recording an exit status (killed together, or the machine restarted); the exit code is unknown."));
    }

    private void Finish(ProcessContainer container, ProcessContainerRecord exited)
    {
        container.OutputFor(_settings.Logs).Complete(_time.GetUtcNow());
        container.Output = null;
        container.Record = exited;
        _layout.Save(exited);
        container.SignalExited();
        _logger.ContainerExited(exited.Id, exited.Config.Metadata.Name, exited.ExitCode, exited.Reason);
    }

    /// <summary>Loads the sandboxes and containers an earlier driver persisted.</summary>
    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var sandbox in _layout.LoadSandboxes())
        {
            _sandboxes[sandbox.Id] = sandbox;
        }

        foreach (var record in _layout.LoadContainers())
        {
            var directory = _layout.ContainerDirectory(record.Id);
            var settled = record is { State: ContainerState.Created, Launched: true }
                ? await SettleInterruptedStartAsync(record, directory, cancellationToken).ConfigureAwait(false)
                : record;
            _containers[record.Id] = new ProcessContainer(settled, directory);
        }
    }

    /// <summary>
    /// A start the earlier driver did not finish: running once the supervisor has reported the process (it does so within
    /// milliseconds of its launch, so this waits up to the start timeout for it), else it never started.
    /// </summary>
    private async Task<ProcessContainerRecord> SettleInterruptedStartAsync(ProcessContainerRecord record, string directory, CancellationToken cancellationToken)
    {
        var pidsFile = Path.Combine(directory, "pids");
        var deadline = _time.GetUtcNow() + _settings.Process.StartTimeout;
        var pids = SupervisorFiles.ReadPids(pidsFile);
        while (pids is null && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(PidsPollInterval * 10, cancellationToken).ConfigureAwait(false);
            pids = SupervisorFiles.ReadPids(pidsFile);
        }

        var settled = pids is var (supervisorPid, pid)
            ? record with
            {
                State = ContainerState.Running,
                SupervisorPid = supervisorPid,
                SupervisorStartTicks = ProcStat.StartTicks(supervisorPid) ?? 0,
                Pid = pid,
                PidStartTicks = ProcStat.StartTicks(pid) ?? 0,
                StartedAt = ProcStat.StartTicks(pid) is { } ticks
                    ? ProcStat.ToWallClock(ticks)
                    : new DateTimeOffset(File.GetLastWriteTimeUtc(pidsFile), TimeSpan.Zero),
            }
            : record.Exited(128, _time.GetUtcNow(), RuntimeReasons.StartError, "The runtime stopped while starting the container; it never ran.");
        _layout.Save(settled);
        return settled;
    }

    private void LogAdoption()
    {
        var running = _containers.Values.Count(container => container.Record.State == ContainerState.Running);
        var exited = _containers.Values.Count(container => container.Record.State == ContainerState.Exited);
        if (running + exited > 0)
        {
            _logger.Adopted(running, exited, _layout.Root);
        }
    }
}
