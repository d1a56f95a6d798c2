using System.Collections.Immutable;
using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Environment;
using ActorOrchestrator.NodeAgent.Agent.Restarts;
using ActorOrchestrator.NodeAgent.Agent.Status;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;
using ApiContainerState = ActorOrchestrator.Api.Core.ContainerState;
using RuntimeContainerState = ActorOrchestrator.NodeAgent.Runtime.ContainerState;
using RuntimeContainerStatus = ActorOrchestrator.NodeAgent.Runtime.ContainerStatus;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>The sandbox and the containers: starting, adopting, exits and restarts.</summary>
internal sealed partial class PodWorker
{
    private void InitializeRecords(AdoptedPod? adopted)
    {
        var previous = (_pod.Status?.InitContainerStatuses ?? []).Concat(_pod.Status?.ContainerStatuses ?? []).ToArray();
        foreach (var (spec, init) in AllContainers())
        {
            var name = spec.Name ?? "";
            (init ? _initNames : _appNames).Add(name);
            var known = previous.FirstOrDefault(status => status.Name == name);
            _records[name] = new ContainerRecord(name, spec.Image ?? "")
            {
                RestartCount = known?.RestartCount ?? 0,
                LastTerminated = known?.LastState?.Terminated,
            };
            if (known?.ContainerID is not null)
            {
                _ranBefore.Add(name);
            }
        }

        if (adopted is null)
        {
            return;
        }

        _sandboxId = adopted.Sandbox.Id;
        _podIP = adopted.Sandbox.Ip;
        _startTime = _pod.Status?.StartTime ?? adopted.Sandbox.CreatedAt;
        foreach (var instances in adopted.Containers.GroupBy(container => container.Metadata.Name))
        {
            if (_records.ContainsKey(instances.Key))
            {
                Adopt(instances.OrderBy(instance => instance.Metadata.Attempt).ToArray());
            }
        }
    }

    private void Adopt(IReadOnlyList<RuntimeContainerStatus> instances)
    {
        var current = instances[^1];
        var name = current.Metadata.Name;
        var lastExited = instances.Take(instances.Count - 1).LastOrDefault(instance => instance.State == RuntimeContainerState.Exited);
        var record = _records[name] with
        {
            ContainerId = current.Id,
            QualifiedId = Qualified(current.Id),
            ImageId = current.Image,
            RestartCount = current.Metadata.Attempt,
            LastTerminated = lastExited is null ? _records[name].LastTerminated : Terminated(lastExited),
        };
        _ranBefore.Add(name);
        switch (current.State)
        {
            case RuntimeContainerState.Running:
                var spec = SpecOf(name);
                _records[name] = record with
                {
                    State = new ApiContainerState { Running = new ContainerStateRunning { StartedAt = current.StartedAt ?? current.CreatedAt } },
                    Ready = spec.ReadinessProbe is null && spec.StartupProbe is null,
                    Started = spec.StartupProbe is null,
                };
                WatchExit(current.Id);
                StartProbes(name, current.Id);
                break;
            case RuntimeContainerState.Exited:
                _records[name] = record;
                ApplyExit(name, current, quiet: true);
                break;
            default:
                // Created but never started (the agent stopped in between): the next sync starts a fresh instance.
                _records[name] = record with { ContainerId = null, QualifiedId = null, RestartCount = Math.Max(0, current.Metadata.Attempt - 1) };
                _ = _context.Runtime.RemoveContainerAsync(current.Id, CancellationToken.None);
                break;
        }
    }

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

    private void HandleContainerExited(ContainerExited exited)
    {
        var name = exited.Status.Metadata.Name;
        if (!_records.TryGetValue(name, out var record) || record.ContainerId != exited.ContainerId || !record.IsRunning)
        {
            return;
        }

        _log.ContainerExited(_podName, name, exited.Status.ExitCode, exited.Status.Reason);
        ApplyExit(name, exited.Status, quiet: false);
        RequestSync();
    }

    /// <summary>
    /// Records an exited instance: it stays terminated when the restart policy says so, otherwise it becomes the last
    /// state and the container waits for its back-off (CrashLoopBackOff) or restarts at once.
    /// </summary>
    private void ApplyExit(string name, RuntimeContainerStatus status, bool quiet, string? waitingReason = null, string? waitingMessage = null)
    {
        StopProbes(name);
        var record = _records[name];
        var terminated = Terminated(status);
        var policy = RestartRules.PolicyOf(_pod.Spec);
        var restarts = _initNames.Contains(name)
            ? RestartRules.RestartsInitContainer(policy, status.ExitCode)
            : RestartRules.RestartsContainer(policy, status.ExitCode);
        if (!restarts)
        {
            _records[name] = record with { State = new ApiContainerState { Terminated = terminated }, Ready = false, Started = false, RestartAt = null };
            return;
        }

        var finished = status.FinishedAt ?? Now;
        var step = _context.BackOff.Next(record.BackOff, finished - (status.StartedAt ?? finished));
        var restartAt = finished + step.Wait;
        var backOffMessage = $"back-off {GoDuration.Format(step.Wait)} restarting failed container={name} pod={_pod.Metadata.Name}_{_pod.Metadata.Namespace}({Uid})";
        var waiting = waitingReason is not null
            ? new ContainerStateWaiting { Reason = waitingReason, Message = waitingMessage }
            : step.Wait > TimeSpan.Zero ? new ContainerStateWaiting { Reason = "CrashLoopBackOff", Message = backOffMessage } : null;
        _records[name] = record with
        {
            State = waiting is null ? new ApiContainerState { Terminated = terminated } : new ApiContainerState { Waiting = waiting },
            LastTerminated = terminated,
            Ready = false,
            Started = false,
            BackOff = step.Next,
            RestartAt = restartAt,
        };
        if (step.Wait > TimeSpan.Zero && !quiet)
        {
            Record("Warning", "BackOff", $"Back-off restarting failed container {name} in pod {_pod.Metadata.Name}_{_pod.Metadata.Namespace}({Uid})");
        }
    }

    private void WatchExit(string containerId) =>
        _context.Runtime.WaitContainerAsync(containerId, _stopping.Token)
            .PipeTo(Self, success: status => new ContainerExited(containerId, status), failure: _ => SyncPod.Instance);

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

    private ContainerStateTerminated Terminated(RuntimeContainerStatus status) => new()
    {
        ExitCode = status.ExitCode,
        Signal = status.ExitCode > 128 && status.Reason != RuntimeReasons.StartError ? status.ExitCode - 128 : null,
        Reason = string.IsNullOrEmpty(status.Reason) ? (status.ExitCode == 0 ? RuntimeReasons.Completed : RuntimeReasons.Error) : status.Reason,
        Message = string.IsNullOrEmpty(status.Message) ? null : status.Message,
        StartedAt = status.StartedAt ?? status.CreatedAt,
        FinishedAt = status.FinishedAt ?? Now,
        ContainerID = Qualified(status.Id),
    };

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
