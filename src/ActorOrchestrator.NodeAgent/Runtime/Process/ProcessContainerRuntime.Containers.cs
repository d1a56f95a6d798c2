namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>Container lifecycle: create, start, stop, remove, status, wait.</summary>
public sealed partial class ProcessContainerRuntime
{
    private static readonly TimeSpan StopPollInterval = TimeSpan.FromMilliseconds(20);

    /// <inheritdoc />
    public async Task<string> CreateContainerAsync(
        string sandboxId, ContainerConfig config, PodSandboxConfig sandboxConfig, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sandboxConfig);
        if (config.Metadata.Name.Length == 0)
        {
            throw new ContainerRuntimeException(RuntimeReasons.CreateContainerError, "The container has no name.");
        }

        if (config.Command.Count + config.Args.Count == 0)
        {
            throw new ContainerRuntimeException(
                RuntimeReasons.CreateContainerError,
                $"Container {config.Metadata.Name} has no command: the process runtime ignores images, so command (or args) must name a program on the host.");
        }

        if (config.Env.FirstOrDefault(variable => variable.Key.Length == 0 || variable.Key.Contains('=', StringComparison.Ordinal)) is { Key: { } badName })
        {
            throw new ContainerRuntimeException(
                RuntimeReasons.CreateContainerError, $"Container {config.Metadata.Name} has an environment variable named \"{badName}\": a name must be non-empty and hold no '='.");
        }

        await _sandboxGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sandbox = FindSandbox(sandboxId);
            if (sandbox.State != PodSandboxState.Ready)
            {
                throw new ContainerRuntimeException(RuntimeReasons.NotRunning, $"Pod sandbox {sandboxId} is stopped; no container can be created in it.");
            }

            var id = ProcessRuntimeLayout.NewId();
            var directory = _layout.ContainerDirectory(id);
            var logDirectory = sandboxConfig.LogDirectory.Length > 0 ? sandboxConfig.LogDirectory : sandbox.Config.LogDirectory;
            var logPath = logDirectory.Length > 0 && config.LogPath.Length > 0
                ? Path.GetFullPath(Path.Combine(logDirectory, config.LogPath))
                : Path.Combine(directory, "container.log");
            var record = new ProcessContainerRecord(id, sandboxId, config, logPath, _time.GetUtcNow());
            Directory.CreateDirectory(directory);
            _layout.Save(record);
            _containers[id] = new ProcessContainer(record, directory);
            return id;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new ContainerRuntimeException(RuntimeReasons.CreateContainerError, $"Creating container {config.Metadata.Name} failed: {failure.Message}", failure);
        }
        finally
        {
            _sandboxGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        var container = FindContainer(containerId);
        await container.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (container.Record.State != ContainerState.Created || container.Record.Launched)
            {
                throw new ContainerRuntimeException(
                    RuntimeReasons.RunContainerError, $"Container {containerId} is {container.Record.State.ToString().ToLowerInvariant()}; only a created container can be started.");
            }

            await LaunchAsync(container).ConfigureAwait(false);
        }
        finally
        {
            container.Gate.Release();
        }

        Wake();
    }

    /// <inheritdoc />
    public async Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken = default)
    {
        var container = FindContainer(containerId);
        if (container.Record.State != ContainerState.Running)
        {
            return;
        }

        if (gracePeriod > TimeSpan.Zero)
        {
            SignalContainer(container, Posix.SigTerm);
            if (await ExitsWithinAsync(container, gracePeriod, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        SignalContainer(container, Posix.SigKill);
        if (!await ExitsWithinAsync(container, KillWait, cancellationToken).ConfigureAwait(false))
        {
            throw new ContainerRuntimeException(
                RuntimeReasons.RuntimeError, $"Container {containerId} (pid {container.Record.Pid}) has not exited {KillWait.TotalSeconds:0}s after SIGKILL.");
        }
    }

    /// <inheritdoc />
    public async Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        if (!_containers.TryGetValue(containerId, out var container))
        {
            return;
        }

        await StopContainerAsync(containerId, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        await container.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_containers.TryRemove(containerId, out _))
            {
                container.Dispose();
                Directory.Delete(container.Directory, recursive: true);
            }
        }
        finally
        {
            container.Gate.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(ContainerFilter? filter = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ContainerStatus> containers = _containers.Values
            .Select(container => container.Record.ToStatus())
            .Where(container => filter is null || filter.Matches(container))
            .OrderBy(container => container.CreatedAt)
            .ToList();
        return Task.FromResult(containers);
    }

    /// <inheritdoc />
    public Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindContainer(containerId).Record.ToStatus());

    /// <inheritdoc />
    public Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken = default) =>
        FindContainer(containerId).Exited.WaitAsync(cancellationToken);

    /// <summary>
    /// Signals the container's process group (or the process alone, should it not lead its group yet), unless the process is
    /// gone: then its supervisor cleans up and the monitor notices.
    /// </summary>
    private void SignalContainer(ProcessContainer container, int signal)
    {
        var record = container.Record;
        if (ProcStat.IsAlive(record.Pid, record.PidStartTicks) && !Posix.SignalProcessGroup(record.Pid, signal))
        {
            Posix.SignalProcess(record.Pid, signal);
        }

        Wake();
    }

    /// <summary>Waits for the container's exit, looking for its exit file more often than the monitor does, so a stop returns promptly.</summary>
    private async Task<bool> ExitsWithinAsync(ProcessContainer container, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Task.Delay(timeout, _time, cancellationToken);
        while (!container.Exited.IsCompleted && !deadline.IsCompleted)
        {
            if (File.Exists(container.ExitFile))
            {
                Wake();
            }

            await Task.WhenAny(container.Exited, deadline, Task.Delay(StopPollInterval, _time, cancellationToken)).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return container.Exited.IsCompleted;
    }
}
