using ActorOrchestrator.Actors;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.NodeAgent.Agent.Probes;
using ActorOrchestrator.NodeAgent.Agent.Status;
using ActorOrchestrator.NodeAgent.Logs;
using ApiContainerState = ActorOrchestrator.Api.Core.ContainerState;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>
/// Terminating: stop every container (SIGTERM, SIGKILL after the grace period), then finish the pod's graceful
/// deletion through the API (grace 0) or, for a pod already gone, just remove what is left of it.
/// </summary>
internal sealed partial class PodWorker
{
    private static readonly TimeSpan MinimumGraceAfterHook = TimeSpan.FromSeconds(2);

    private async Task TerminateAsync(bool removed)
    {
        Become(() =>
        {
            Receive<PodChanged>(changed => _pod = IsNewer(changed.Pod) ? changed.Pod : _pod);
            ReceiveAsync<SyncPod>(_ => FinishAsync(removed));
            ReceiveAsync<PodRemoved>(_ => FinishAsync(removed: true));
            ReceiveAny(_ => { });
        });
        Timers.CancelAll();
        foreach (var name in _probes.Keys.ToArray())
        {
            StopProbes(name);
        }

        await StopContainersAsync();
        await FinishAsync(removed);
    }

    private async Task StopContainersAsync()
    {
        var grace = GracePeriod();
        var running = _records.Values.Where(record => record.IsRunning && record.ContainerId is not null).ToArray();
        foreach (var record in running)
        {
            Record("Normal", "Killing", $"Stopping container {record.Name}");
        }

        await Task.WhenAll(running.Select(record => StopQuietlyAsync(record, grace)));
        foreach (var record in running)
        {
            try
            {
                var status = await _context.Runtime.ContainerStatusAsync(record.ContainerId!, CancellationToken.None);
                _records[record.Name] = record with { State = new ApiContainerState { Terminated = Terminated(status) }, Ready = false, RestartAt = null };
            }
            catch (Runtime.ContainerRuntimeException exception)
            {
                _log.CleanupFailed(_podName, $"reading container {record.Name}", exception);
            }
        }

        foreach (var name in _records.Keys.ToArray())
        {
            _records[name] = _records[name] with { RestartAt = null };
        }
    }

    /// <summary>Runs the container's preStop hook within the grace period, then stops it with what is left (at least 2 s, as kubelet).</summary>
    private async Task StopQuietlyAsync(ContainerRecord record, TimeSpan grace)
    {
        var spec = SpecOf(record.Name);
        if (spec.Lifecycle?.PreStop is { } preStop)
        {
            var started = Now;
            var error = await LifecycleHookRunner.RunAsync(preStop, new ProbeRunner(_context.Runtime, spec, record.ContainerId!, _podIP), grace, CancellationToken.None);
            if (error is not null)
            {
                Record("Warning", "FailedPreStopHook", $"PreStopHook failed: {error}");
            }

            var left = grace - (Now - started);
            grace = left > MinimumGraceAfterHook ? left : MinimumGraceAfterHook;
        }

        try
        {
            await _context.Runtime.StopContainerAsync(record.ContainerId!, grace, CancellationToken.None);
        }
        catch (Runtime.ContainerRuntimeException exception)
        {
            _log.CleanupFailed(_podName, $"stopping container {record.ContainerId}", exception);
        }
    }

    private async Task FinishAsync(bool removed)
    {
        if (!removed)
        {
            try
            {
                await WriteStatusAsync();
                await _context.Client.DeleteAsync(
                    new ResourceKey(ResourceKinds.Pod, _pod.Metadata.Namespace, _pod.Metadata.Name ?? ""),
                    new DeleteOptions { GracePeriodSeconds = 0, PreconditionUid = Uid },
                    CancellationToken.None);
            }
            catch (StatusException exception) when (exception.Code is 404 or 409)
            {
                // Already gone, or a newer pod of the same name: nothing of ours is left to delete.
            }
            catch (Exception exception)
            {
                _log.CleanupFailed(_podName, "finishing the pod's deletion", exception);
                Timers.StartSingleTimer(RetryTimer, SyncPod.Instance, _context.Settings.StatusRetryInterval);
                return;
            }
        }

        await RemoveRemainsAsync();
        Context.Stop(Self);
    }

    private async Task RemoveRemainsAsync()
    {
        if (_sandboxId is not null)
        {
            try
            {
                await _context.Runtime.RemovePodSandboxAsync(_sandboxId, CancellationToken.None);
            }
            catch (Runtime.ContainerRuntimeException exception)
            {
                _log.CleanupFailed(_podName, $"removing sandbox {_sandboxId}", exception);
            }
        }

        var logs = PodLogPaths.PodLogDirectory(_context.Settings.DataDir, _pod.Metadata.Namespace ?? "", _pod.Metadata.Name ?? "", Uid);
        try
        {
            if (Directory.Exists(logs))
            {
                Directory.Delete(logs, recursive: true);
            }
        }
        catch (IOException exception)
        {
            _log.CleanupFailed(_podName, $"deleting logs {logs}", exception);
        }
    }
}
