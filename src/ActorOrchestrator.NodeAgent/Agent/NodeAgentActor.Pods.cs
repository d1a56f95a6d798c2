using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.NodeAgent.Agent.Pods;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>Pods: adoption at start, the watch of pods bound here, the resync, one worker per pod.</summary>
internal sealed partial class NodeAgentActor
{
    private FieldMatcher BoundHere => FieldMatcher.Parse($"spec.nodeName={NodeName}", ResourceKinds.Pod);

    private Task<ListResult> ListBoundPodsAsync() =>
        _view.ListAsync(new ListRequest(ResourceKinds.Pod) { FieldSelector = BoundHere }, CancellationToken.None);

    /// <summary>
    /// Keeps the newest sandbox (and its containers) of every pod still bound here, and stops and removes every other
    /// sandbox the runtime holds, so no pod ever runs twice.
    /// </summary>
    private async Task<(Dictionary<string, AdoptedPod> Adopted, int Removed)> AdoptAsync(IReadOnlyList<Pod> pods)
    {
        var bound = pods.Select(pod => pod.Metadata.Uid ?? "").ToHashSet(StringComparer.Ordinal);
        var sandboxes = await _context.Runtime.ListPodSandboxesAsync(null, CancellationToken.None);
        var containers = await _context.Runtime.ListContainersAsync(null, CancellationToken.None);
        var adopted = new Dictionary<string, AdoptedPod>(StringComparer.Ordinal);
        var removed = 0;
        foreach (var group in sandboxes.GroupBy(sandbox => sandbox.Labels.GetValueOrDefault(RuntimeLabels.PodUid) ?? ""))
        {
            var ordered = group.OrderBy(sandbox => sandbox.State == PodSandboxState.Ready).ThenBy(sandbox => sandbox.CreatedAt).ToArray();
            var keep = bound.Contains(group.Key) ? ordered[^1] : null;
            if (keep is not null)
            {
                adopted[group.Key] = new AdoptedPod(keep, containers.Where(container => container.SandboxId == keep.Id).ToArray());
            }

            foreach (var orphan in ordered.Where(sandbox => sandbox != keep))
            {
                await RemoveOrphanAsync(orphan, containers.Where(container => container.SandboxId == orphan.Id).ToArray(), deleteLogs: keep is null);
                removed++;
            }
        }

        return (adopted, removed);
    }

    private async Task RemoveOrphanAsync(PodSandboxStatus sandbox, IReadOnlyList<Runtime.ContainerStatus> containers, bool deleteLogs)
    {
        var grace = double.TryParse(sandbox.Annotations.GetValueOrDefault(RuntimeLabels.TerminationGracePeriod), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(30);
        await Task.WhenAll(containers
            .Where(container => container.State == Runtime.ContainerState.Running)
            .Select(container => _context.Runtime.StopContainerAsync(container.Id, grace, CancellationToken.None)));
        await _context.Runtime.RemovePodSandboxAsync(sandbox.Id, CancellationToken.None);
        if (deleteLogs && sandbox.LogDirectory.Length > 0 && Directory.Exists(sandbox.LogDirectory))
        {
            Directory.Delete(sandbox.LogDirectory, recursive: true);
        }

        _log.OrphanRemoved($"{sandbox.Metadata.Namespace}/{sandbox.Metadata.Name}", sandbox.Id);
    }

    private void StartWatch(long resourceVersion)
    {
        _watch?.Cancel();
        var cancel = _watch = new CancellationTokenSource();
        var generation = ++_watchGeneration;
        var self = Self;
        var view = _view;
        var request = new WatchRequest(ResourceKinds.Pod) { FieldSelector = BoundHere, ResourceVersion = resourceVersion };
        _watching = true;
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var change in view.Watch(request).WithCancellation(cancel.Token).ConfigureAwait(false))
                    {
                        self.Tell(new PodWatchEvent(change, generation), ActorRefs.NoSender);
                    }

                    self.Tell(new PodWatchEnded(null, generation), ActorRefs.NoSender);
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    // The agent stopped or restarted its watch.
                }
                catch (Exception exception)
                {
                    self.Tell(new PodWatchEnded(exception, generation), ActorRefs.NoSender);
                }
            },
            CancellationToken.None);
    }

    private void HandleWatchEvent(PodWatchEvent watched)
    {
        if (watched.Generation != _watchGeneration || watched.Event.Object is not { } item)
        {
            return;
        }

        if (watched.Event.Type == WatchEventType.Deleted)
        {
            var uid = item.Uid ?? "";
            _finished.Remove(uid);
            if (_workers.TryGetValue(uid, out var worker))
            {
                worker.Tell(PodRemoved.Instance, Self);
            }

            return;
        }

        Route(item.ToObject<Pod>());
    }

    private void HandleWatchEnded(PodWatchEnded ended)
    {
        if (ended.Generation != _watchGeneration)
        {
            return;
        }

        _watching = false;
        _log.WatchEnded(NodeName, ended.Cause);
        Timers.StartSingleTimer(ResyncTimer + "-now", ResyncPods.Instance, _context.Settings.StatusRetryInterval);
    }

    private async Task ResyncAsync()
    {
        var pods = await ListBoundPodsAsync();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in pods.Items)
        {
            listed.Add(item.Uid ?? "");
            var pod = item.ToObject<Pod>();
            Route(pod);
            if (_workers.TryGetValue(pod.Metadata.Uid ?? "", out var worker))
            {
                worker.Tell(SyncPod.Instance, Self);
            }
        }

        foreach (var (uid, worker) in _workers.Where(pair => !listed.Contains(pair.Key)).ToArray())
        {
            worker.Tell(PodRemoved.Instance, Self);
        }

        _finished.IntersectWith(listed);
        if (!_watching)
        {
            StartWatch(pods.ResourceVersion);
        }
    }

    private void Route(Pod pod)
    {
        var uid = pod.Metadata.Uid ?? "";
        if (_finished.Contains(uid) || pod.Spec.NodeName != NodeName)
        {
            return;
        }

        if (_workers.TryGetValue(uid, out var worker))
        {
            worker.Tell(new PodChanged(pod), Self);
        }
        else
        {
            StartWorker(pod, null);
        }
    }
}
