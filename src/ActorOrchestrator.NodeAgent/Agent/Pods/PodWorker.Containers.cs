using System.Collections.Immutable;
using System.Globalization;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Environment;
using ActorOrchestrator.NodeAgent.Agent.Probes;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;
using ApiContainerState = ActorOrchestrator.Api.Core.ContainerState;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>The sandbox and the containers: starting them in order, with their environment, labels and log paths.</summary>
internal sealed partial class PodWorker
{
    /// <summary>Longest a postStart hook may run.</summary>
    private static readonly TimeSpan HookTimeout = TimeSpan.FromMinutes(1);

    private async Task EnsureSandboxAsync()
    {
        if (_sandboxId is not null)
        {
            return;
        }

        var id = await _context.Runtime.RunPodSandboxAsync(SandboxConfig(), _stopping.Token);
        var status = await _context.Runtime.PodSandboxStatusAsync(id, _stopping.Token);
        _sandboxId = id;
        _podIP = string.IsNullOrEmpty(status.Ip) ? _context.HostIP : status.Ip;
        _startTime ??= _pod.Status?.StartTime ?? Now;
    }

    /// <summary>Runs the init containers one after another; true once every one has succeeded.</summary>
    private async Task<bool> SyncInitContainersAsync()
    {
        foreach (var name in _initNames)
        {
            var record = _records[name];
            if (record.Succeeded)
            {
                continue;
            }

            if (record.IsRunning || (record.IsTerminated && record.RestartAt is null) || record.RestartAt > Now)
            {
                return false;
            }

            await StartContainerAsync(name);
            return false;
        }

        return true;
    }

    private async Task SyncAppContainersAsync()
    {
        foreach (var name in _appNames)
        {
            var record = _records[name];
            var due = record.RestartAt is { } at ? at <= Now : record.ContainerId is null && !record.IsTerminated;
            if (!record.IsRunning && due)
            {
                await StartContainerAsync(name);
            }
        }
    }

    private async Task StartContainerAsync(string name)
    {
        var spec = SpecOf(name);
        var record = _records[name];
        var attempt = record.ContainerId is not null || _ranBefore.Contains(name) ? record.RestartCount + 1 : record.RestartCount;
        IReadOnlyDictionary<string, string> env;
        try
        {
            env = _context.Environment.Build(_pod, spec, _context.HostIP, _podIP);
        }
        catch (ContainerConfigException exception)
        {
            FailBeforeStart(name, "CreateContainerConfigError", exception.Message);
            return;
        }

        var (command, args) = ContainerEnvironment.ExpandCommand(spec, env);
        Record("Normal", "Pulled", $"Container image \"{spec.Image}\" already present on machine");
        var config = new ContainerConfig(new ContainerMetadata(name, attempt))
        {
            Image = spec.Image ?? "",
            Command = command,
            Args = args,
            WorkingDir = spec.WorkingDir ?? "",
            Env = env.ToArray(),
            LogPath = PodLogPaths.ContainerLogPath(name, attempt),
            Labels = PodLabels().SetItem(RuntimeLabels.ContainerName, name),
            Annotations = ImmutableDictionary<string, string>.Empty
                .Add(RuntimeLabels.RestartCount, attempt.ToString(CultureInfo.InvariantCulture))
                .Add(RuntimeLabels.TerminationGracePeriod, GracePeriod().TotalSeconds.ToString(CultureInfo.InvariantCulture)),
        };
        string id;
        try
        {
            id = await _context.Runtime.CreateContainerAsync(_sandboxId!, config, SandboxConfig(), _stopping.Token);
        }
        catch (ContainerRuntimeException exception)
        {
            FailBeforeStart(name, RuntimeReasons.CreateContainerError, exception.Message);
            return;
        }

        Record("Normal", "Created", $"Created container: {name}");
        await RemoveOldInstancesAsync(name, attempt);
        _ranBefore.Add(name);
        record = record with { ContainerId = id, QualifiedId = Qualified(id), ImageId = spec.Image, RestartCount = attempt, RestartAt = null };
        try
        {
            await _context.Runtime.StartContainerAsync(id, _stopping.Token);
        }
        catch (ContainerRuntimeException exception)
        {
            var failed = await _context.Runtime.ContainerStatusAsync(id, _stopping.Token);
            _records[name] = record;
            Record("Warning", "Failed", $"Error: {exception.Message}");
            ApplyExit(name, failed, quiet: true, waitingReason: RuntimeReasons.RunContainerError, waitingMessage: exception.Message);
            return;
        }

        var started = await _context.Runtime.ContainerStatusAsync(id, _stopping.Token);
        _records[name] = record with
        {
            State = new ApiContainerState { Running = new ContainerStateRunning { StartedAt = started.StartedAt ?? Now } },
            Ready = spec.ReadinessProbe is null && spec.StartupProbe is null,
            Started = spec.StartupProbe is null,
        };
        Record("Normal", "Started", $"Started container {name}");
        WatchExit(id);
        StartProbes(name, id);
        await RunPostStartHookAsync(spec, id);
    }

    /// <summary>A failing postStart hook kills the instance; the restart policy decides what follows, as in kubelet.</summary>
    private async Task RunPostStartHookAsync(Container spec, string containerId)
    {
        if (spec.Lifecycle?.PostStart is not { } postStart)
        {
            return;
        }

        var error = await LifecycleHookRunner.RunAsync(postStart, new ProbeRunner(_context.Runtime, spec, containerId, _podIP), HookTimeout, _stopping.Token);
        if (error is not null)
        {
            Record("Warning", "FailedPostStartHook", $"PostStartHook failed: {error}");
            StopDetached(containerId, GracePeriod());
        }
    }

    /// <summary>The container could not even be created: it waits with the reason and retries with back-off.</summary>
    private void FailBeforeStart(string name, string reason, string message)
    {
        var record = _records[name];
        var step = _context.BackOff.Next(record.BackOff, TimeSpan.Zero);
        _records[name] = record with
        {
            State = new ApiContainerState { Waiting = new ContainerStateWaiting { Reason = reason, Message = message } },
            BackOff = step.Next,
            RestartAt = Now + (step.Wait > TimeSpan.Zero ? step.Wait : step.Next),
        };
        Record("Warning", "Failed", $"Error: {message}");
    }

    private async Task RemoveOldInstancesAsync(string name, int attempt)
    {
        var instances = await _context.Runtime.ListContainersAsync(
            new ContainerFilter { SandboxId = _sandboxId, LabelSelector = ImmutableDictionary<string, string>.Empty.Add(RuntimeLabels.ContainerName, name) },
            _stopping.Token);
        foreach (var old in instances.Where(instance => instance.Metadata.Attempt < attempt - 1))
        {
            await _context.Runtime.RemoveContainerAsync(old.Id, _stopping.Token);
        }
    }

    private PodSandboxConfig SandboxConfig() => new(new PodSandboxMetadata(_pod.Metadata.Name ?? "", _pod.Metadata.Namespace ?? "", Uid))
    {
        Hostname = string.IsNullOrEmpty(_pod.Spec.Hostname) ? _pod.Metadata.Name ?? "" : _pod.Spec.Hostname,
        LogDirectory = PodLogPaths.PodLogDirectory(_context.Settings.DataDir, _pod.Metadata.Namespace ?? "", _pod.Metadata.Name ?? "", Uid),
        Labels = PodLabels(),
        Annotations = ImmutableDictionary<string, string>.Empty
            .Add(RuntimeLabels.TerminationGracePeriod, GracePeriod().TotalSeconds.ToString(CultureInfo.InvariantCulture)),
    };

    private ImmutableDictionary<string, string> PodLabels() => ImmutableDictionary<string, string>.Empty
        .Add(RuntimeLabels.PodName, _pod.Metadata.Name ?? "")
        .Add(RuntimeLabels.PodNamespace, _pod.Metadata.Namespace ?? "")
        .Add(RuntimeLabels.PodUid, Uid);

    private TimeSpan GracePeriod() =>
        TimeSpan.FromSeconds(Math.Max(0, _pod.Metadata.DeletionGracePeriodSeconds ?? _pod.Spec.TerminationGracePeriodSeconds ?? 30));

    private string Qualified(string containerId) => $"{_context.Runtime.Name}://{containerId}";

    private Container SpecOf(string name) => AllContainers().First(pair => pair.Spec.Name == name).Spec;

    private IEnumerable<(Container Spec, bool Init)> AllContainers() =>
        (_pod.Spec.InitContainers ?? []).Select(spec => (spec, true)).Concat((_pod.Spec.Containers ?? []).Select(spec => (spec, false)));

    private void Record(string type, string reason, string message) => _context.Events.Record(_pod, type, reason, message);
}
