using System.Globalization;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>Placing the active pods, and what happens to those no node can take.</summary>
internal sealed partial class Scheduler
{
    private const string Unschedulable = "Unschedulable";

    private bool _placementRequested;

    private void RequestPlacement()
    {
        if (!_placementRequested && _queue.ActiveCount > 0)
        {
            _placementRequested = true;
            Self.Tell(PlacePending.Instance, Self);
        }
    }

    /// <summary>
    /// Places up to placements-per-turn active pods one after the other, each counted in the cache at once so the next
    /// sees it, and queues their bindings; then lets the mailbox in before the next turn.
    /// </summary>
    private void HandlePlacePending()
    {
        _placementRequested = false;
        for (var placed = 0; placed < _settings.PlacementsPerTurn && _queue.TryPop(out var pod); placed++)
        {
            var placement = _placer.Place(pod, _cache);
            if (placement.NodeName is { } nodeName)
            {
                _cache.Assume(pod, nodeName);
                _bindings.Enqueue((pod, nodeName));
            }
            else
            {
                MarkUnschedulable(pod, placement.Failure!);
            }
        }
        StartBindings();
        RequestPlacement();
    }

    private void HandleRetryUnschedulable()
    {
        if (_queue.ActivateUnschedulable() > 0)
        {
            RequestPlacement();
        }
    }

    /// <summary>
    /// The pod stays Pending and waits: its PodScheduled condition says why (written only when the verdict changed) and
    /// a FailedScheduling event is recorded for every attempt, as Kubernetes does.
    /// </summary>
    private void MarkUnschedulable(PodInfo pod, string failure)
    {
        _queue.AddUnschedulable(pod);
        _events.Record(pod.Pod, "Warning", "FailedScheduling", failure);
        if (pod.ScheduledCondition == (Unschedulable, failure))
        {
            return;
        }
        SchedulerLog.Unschedulable(_logger, $"{pod.Key.Namespace}/{pod.Key.Name}", failure);
        _ = WriteUnschedulableConditionAsync(pod, failure, Self);
    }

    private async Task WriteUnschedulableConditionAsync(PodInfo pod, string failure, Actors.IActorRef self)
    {
        var condition = new JsonObject
        {
            ["type"] = "PodScheduled",
            ["status"] = "False",
            ["reason"] = Unschedulable,
            ["message"] = failure,
            ["lastProbeTime"] = null,
            ["lastTransitionTime"] = _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        var patch = new JsonObject { ["status"] = new JsonObject { ["conditions"] = new JsonArray(condition) } };
        try
        {
            await _client.PatchAsync(pod.Key, new PatchRequest(PatchType.StrategicMergePatch, patch, Status: true), WriteOptions.Default, _stopping.Token)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            self.Tell(new StatusWriteFailed(pod.Key, e), self);
        }
    }

    private void HandleStatusWriteFailed(StatusWriteFailed failed) =>
        SchedulerLog.StatusWriteFailed(_logger, $"{failed.Pod.Namespace}/{failed.Pod.Name}", failed.Cause.Message);
}
