using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>Binding placed pods through their entities, at most max-binds-in-flight at a time.</summary>
internal sealed partial class Scheduler
{
    private readonly Queue<(PodInfo Pod, string NodeName)> _bindings = new();
    private readonly HashSet<ResourceKey> _binding = [];

    private void StartBindings()
    {
        while (_binding.Count < _settings.MaxBindsInFlight && _bindings.TryDequeue(out var next))
        {
            // Deleted, or bound by someone else, while its binding waited: the assumption is gone already.
            if (!_cache.IsAssumed(next.Pod.Key))
            {
                continue;
            }
            _binding.Add(next.Pod.Key);
            var (pod, nodeName) = next;
            BindAsync(pod, nodeName).PipeTo(
                Self, Self, success: _ => new BindSucceeded(pod, nodeName), failure: e => new BindFailed(pod, nodeName, e));
        }
    }

    private async Task<IKubernetesObject> BindAsync(PodInfo pod, string nodeName)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(_settings.BindTimeout);
        return await _client.BindAsync(pod.Key, nodeName, timeout.Token).ConfigureAwait(false);
    }

    private void HandleBindSucceeded(BindSucceeded bound)
    {
        if (!_binding.Remove(bound.Pod.Key))
        {
            return;
        }
        var key = bound.Pod.Key;
        _cache.FinishBinding(key, _time.GetUtcNow() + _settings.AssumedPodTtl);
        _events.Record(bound.Pod.Pod, "Normal", "Scheduled", $"Successfully assigned {key.Namespace}/{key.Name} to {bound.NodeName}");
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            SchedulerLog.Bound(_logger, $"{key.Namespace}/{key.Name}", bound.NodeName);
        }
        StartBindings();
    }

    /// <summary>
    /// The assumption is dropped and the pod read again from the view: gone, or shown bound by someone else, there is
    /// nothing more to do; still pending (also after a 409 the view has not caught up with), it backs off before the next attempt.
    /// </summary>
    private void HandleBindFailed(BindFailed failed)
    {
        var key = failed.Pod.Key;
        if (!_binding.Remove(key))
        {
            return;
        }
        var cause = failed.Cause is AggregateException { InnerException: { } inner } ? inner : failed.Cause;
        var forgotten = _cache.Forget(key);
        if (cause is StatusException { Code: 404 or 409 })
        {
            SchedulerLog.BindSuperseded(_logger, $"{key.Namespace}/{key.Name}", failed.NodeName, cause.Message);
        }
        else
        {
            SchedulerLog.BindFailed(
                _logger, $"{key.Namespace}/{key.Name}", failed.NodeName, (long)_settings.BindRetryBackoff.TotalMilliseconds, cause.Message);
        }
        RereadPod(key);
        if (_queue.Contains(key))
        {
            _queue.AddBackoff(failed.Pod, _time.GetUtcNow() + _settings.BindRetryBackoff);
            if (!Timers.IsTimerActive(RetryBackoffTimer))
            {
                Timers.StartSingleTimer(RetryBackoffTimer, RetryBackoff.Instance, _settings.BindRetryBackoff);
            }
        }
        if (forgotten)
        {
            WakeUnschedulable();
        }
        StartBindings();
    }

    private void HandleRetryBackoff()
    {
        if (_queue.ActivateBackoff(_time.GetUtcNow()) is { } next)
        {
            Timers.StartSingleTimer(RetryBackoffTimer, RetryBackoff.Instance, next - _time.GetUtcNow());
        }
        RequestPlacement();
    }
}
