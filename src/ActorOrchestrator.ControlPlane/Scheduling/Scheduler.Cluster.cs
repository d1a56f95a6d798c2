using System.Text.Json;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>Keeping the cache and queue in step with the read model.</summary>
internal sealed partial class Scheduler
{
    private void HandleNodeChanged(NodeChanged changed) => TakeInNode(changed.Node);

    private void HandleNodeRemoved(NodeRemoved removed) => _cache.RemoveNode(removed.Name);

    private void HandlePodChanged(PodChanged changed) => TakeInPod(changed.Pod);

    private void HandlePodRemoved(PodRemoved removed)
    {
        _queue.Remove(removed.Key);
        if (_cache.RemovePod(removed.Key))
        {
            WakeUnschedulable();
        }
    }

    private void TakeInNode(ViewObject resource)
    {
        Node node;
        try
        {
            node = resource.ToObject<Node>();
        }
        catch (JsonException e)
        {
            SchedulerLog.UnreadableObject(_logger, resource.Key.ToString(), e.Message);
            return;
        }
        if (_cache.SetNode(node))
        {
            WakeUnschedulable();
        }
    }

    /// <summary>
    /// Counts a bound pod on its node, queues a pending one. A pod already counted on the node it shows is not read
    /// again: its requests cannot change, and the binding of a pod this scheduler assumed is thereby confirmed.
    /// </summary>
    private void TakeInPod(ViewObject resource)
    {
        var nodeName = resource.Fields.GetValueOrDefault("spec.nodeName") ?? "";
        var finished = resource.Fields.GetValueOrDefault("status.phase") is "Succeeded" or "Failed";
        if (nodeName.Length > 0 && !finished && _cache.ConfirmOn(resource.Key, nodeName))
        {
            _queue.Remove(resource.Key);
            return;
        }
        PodInfo pod;
        try
        {
            pod = SchedulerFeed.ReadPod(resource);
        }
        catch (JsonException e)
        {
            SchedulerLog.UnreadableObject(_logger, resource.Key.ToString(), e.Message);
            return;
        }
        TakeInPod(pod);
    }

    private void TakeInPod(PodInfo pod)
    {
        if (_cache.SetPod(pod))
        {
            WakeUnschedulable();
        }
        if (pod.IsPendingFor(_settings.SchedulerName) && !_cache.IsAssumed(pod.Key))
        {
            _queue.Add(pod);
            RequestPlacement();
        }
        else
        {
            _queue.Remove(pod.Key);
        }
    }

    /// <summary>Reads a pod again from the view after this scheduler's own picture of it was dropped.</summary>
    private void RereadPod(ResourceKey key)
    {
        if (_view.Get(ResourceKinds.Pod, key.Namespace, key.Name) is { } resource)
        {
            TakeInPod(resource);
        }
        else
        {
            _queue.Remove(key);
        }
    }

    /// <summary>Something may have made room: every unschedulable pod is tried again.</summary>
    private void WakeUnschedulable()
    {
        if (_queue.UnschedulableCount > 0 && _queue.ActivateUnschedulable() > 0)
        {
            RequestPlacement();
        }
    }

    private void HandleExpireAssumptions()
    {
        var expired = _cache.ExpireAssumed(_time.GetUtcNow());
        foreach (var pod in expired)
        {
            SchedulerLog.AssumptionExpired(_logger, $"{pod.Namespace}/{pod.Name}");
            RereadPod(pod);
        }
        if (expired.Count > 0)
        {
            WakeUnschedulable();
        }
    }
}
