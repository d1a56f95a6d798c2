using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Restarts;
using ActorOrchestrator.NodeAgent.Runtime;
using ApiContainerState = ActorOrchestrator.Api.Core.ContainerState;
using RuntimeContainerStatus = ActorOrchestrator.NodeAgent.Runtime.ContainerStatus;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>Container exits: the restart policy, the back-off and the terminated state.</summary>
internal sealed partial class PodWorker
{
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
            .PipeTo(Self, success: status => new ContainerExited(containerId, status), failure: _ => new ContainerWaitFailed(containerId));

    /// <summary>
    /// The runtime could not say when an instance exits: ask for its state instead. Exited counts as an exit; an instance
    /// the runtime no longer knows counts as one with Kubernetes' ContainerStatusUnknown (137); a running one is watched again.
    /// </summary>
    private async Task HandleContainerWaitFailedAsync(ContainerWaitFailed failed)
    {
        var record = _records.Values.FirstOrDefault(candidate => candidate.ContainerId == failed.ContainerId && candidate.IsRunning);
        if (record is null || _stopping.IsCancellationRequested)
        {
            return;
        }

        RuntimeContainerStatus status;
        try
        {
            status = await _context.Runtime.ContainerStatusAsync(failed.ContainerId, _stopping.Token);
        }
        catch (ContainerRuntimeException exception) when (exception.Reason == RuntimeReasons.NotFound)
        {
            var startedAt = record.State.Running?.StartedAt ?? Now;
            status = new RuntimeContainerStatus(failed.ContainerId, _sandboxId ?? "", new ContainerMetadata(record.Name, record.RestartCount), Runtime.ContainerState.Exited, startedAt)
            {
                StartedAt = startedAt,
                FinishedAt = Now,
                ExitCode = 137,
                Reason = RuntimeReasons.ContainerStatusUnknown,
                Message = "The container could not be located when the pod was synced. The container used to be Running",
            };
        }

        if (status.State == Runtime.ContainerState.Exited)
        {
            HandleContainerExited(new ContainerExited(failed.ContainerId, status));
        }
        else
        {
            Timers.StartSingleTimer($"watch-{failed.ContainerId}", new WatchContainer(failed.ContainerId), _context.Settings.StatusRetryInterval);
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
}
