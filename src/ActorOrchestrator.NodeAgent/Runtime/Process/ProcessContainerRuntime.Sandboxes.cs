namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>Pod sandboxes: a working directory per pod, sharing the host's network.</summary>
public sealed partial class ProcessContainerRuntime
{
    /// <inheritdoc />
    public async Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        var id = ProcessRuntimeLayout.NewId();
        var sandbox = new ProcessSandboxRecord(id, config, _layout.SandboxWorkDirectory(id), _time.GetUtcNow());
        await _sandboxGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(sandbox.Directory);
            if (config.LogDirectory.Length > 0)
            {
                Directory.CreateDirectory(config.LogDirectory);
            }

            _layout.Save(sandbox);
            _sandboxes[id] = sandbox;
            return id;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new ContainerRuntimeException(
                RuntimeReasons.RuntimeError, $"Creating the sandbox of pod {config.Metadata.Namespace}/{config.Metadata.Name} failed: {failure.Message}", failure);
        }
        finally
        {
            _sandboxGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken = default)
    {
        if (!_sandboxes.ContainsKey(sandboxId))
        {
            return;
        }

        await _sandboxGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sandboxes.TryGetValue(sandboxId, out var sandbox) && sandbox.State == PodSandboxState.Ready)
            {
                sandbox = sandbox with { State = PodSandboxState.NotReady };
                _layout.Save(sandbox);
                _sandboxes[sandboxId] = sandbox;
            }
        }
        finally
        {
            _sandboxGate.Release();
        }

        await Task.WhenAll(ContainersOf(sandboxId).Select(container => StopContainerAsync(container.Record.Id, TimeSpan.Zero, cancellationToken)))
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken = default)
    {
        if (!_sandboxes.ContainsKey(sandboxId))
        {
            return;
        }

        await StopPodSandboxAsync(sandboxId, cancellationToken).ConfigureAwait(false);
        foreach (var container in ContainersOf(sandboxId))
        {
            await RemoveContainerAsync(container.Record.Id, cancellationToken).ConfigureAwait(false);
        }

        await _sandboxGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sandboxes.TryRemove(sandboxId, out _))
            {
                Directory.Delete(_layout.SandboxDirectory(sandboxId), recursive: true);
            }
        }
        finally
        {
            _sandboxGate.Release();
        }
    }

    /// <inheritdoc />
    public Task<PodSandboxStatus> PodSandboxStatusAsync(string sandboxId, CancellationToken cancellationToken = default) =>
        Task.FromResult(FindSandbox(sandboxId).ToStatus(_hostIp));

    /// <inheritdoc />
    public Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(PodSandboxFilter? filter = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<PodSandboxStatus> sandboxes = _sandboxes.Values
            .Select(sandbox => sandbox.ToStatus(_hostIp))
            .Where(sandbox => filter is null || filter.Matches(sandbox))
            .OrderBy(sandbox => sandbox.CreatedAt)
            .ToList();
        return Task.FromResult(sandboxes);
    }

    private List<ProcessContainer> ContainersOf(string sandboxId) =>
        _containers.Values.Where(container => container.Record.SandboxId == sandboxId).ToList();
}
