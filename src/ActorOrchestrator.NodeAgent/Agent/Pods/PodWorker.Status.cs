using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.NodeAgent.Agent.Status;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>The pod's status, written through the API only when it changed.</summary>
internal sealed partial class PodWorker
{
    private PodStatus CurrentStatus() => PodStatusBuilder.Build(
        _pod,
        new PodSnapshot(
            _sandboxId is not null,
            _context.HostIP,
            _podIP,
            _startTime ?? Now,
            _initNames.Select(name => _records[name]).ToArray(),
            _appNames.Select(name => _records[name]).ToArray())
        {
            FailedReason = _deadlineExceeded ? DeadlineExceeded : null,
            FailedMessage = _deadlineExceeded ? DeadlineExceededMessage : null,
        },
        Now);

    private async Task WriteStatusAsync()
    {
        if (!ShouldRun())
        {
            return;
        }

        var status = CurrentStatus();
        var json = ApiSerializer.ToJsonBytes(status);
        if (_lastWrittenStatus is not null && json.AsSpan().SequenceEqual(_lastWrittenStatus)
            || _pod.Status is not null && json.AsSpan().SequenceEqual(ApiSerializer.ToJsonBytes(_pod.Status)))
        {
            return;
        }

        try
        {
            var update = _pod with { Metadata = _pod.Metadata with { ResourceVersion = null }, Status = status };
            var stored = await _context.Client.UpdateStatusAsync(update, WriteOptions.Default, _stopping.Token);
            _lastWrittenStatus = json;
            if (stored is Pod pod && IsNewer(pod))
            {
                _pod = pod;
            }
        }
        catch (StatusException exception) when (exception.Code == 404)
        {
            // The pod is gone; the view says so next and the worker stops its containers then.
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            _log.StatusWriteFailed(_podName, exception);
            Timers.StartSingleTimer(RetryTimer, SyncPod.Instance, _context.Settings.StatusRetryInterval);
        }
    }
}
