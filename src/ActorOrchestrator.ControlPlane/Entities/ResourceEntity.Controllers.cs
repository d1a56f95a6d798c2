using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.ControlPlane.Controllers;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// The controller runner: the object's lifecycle work (garbage collection, finalizers) and its kind's controller run
/// outside message handling, one run at a time, pokes during a run coalesced into one more; requeues, retries with
/// back-off and a jittered resync; an idle entity passivates.
/// </summary>
internal sealed partial class ResourceEntity
{
    private const string RequeueTimer = "requeue";
    private const string RetryTimer = "retry";

    private readonly IResourceController? _controller;
    private CancellationTokenSource? _run;
    private bool _pokedDuringRun;
    private int _failures;
    private ICancelable? _resync;

    /// <summary>Runs the controller now, or once more after the run in progress.</summary>
    private void Poke()
    {
        if (_current is null || !ObjectReconciler.HasWork(_current, _controller))
        {
            return;
        }
        if (_run is not null)
        {
            _pokedDuringRun = true;
            return;
        }
        StartRun();
    }

    private void StartRun()
    {
        _resync?.Cancel();
        _resync = null;
        Timers.Cancel(RequeueTimer);
        Timers.Cancel(RetryTimer);
        _pokedDuringRun = false;
        var run = _run = new CancellationTokenSource();
        var context = new ReconcileContext(_current!, _environment.View, _environment.Client, _environment.Events, _time, Context.Log);
        var reconciler = new ObjectReconciler(_environment, _controller);
        Task.Run(() => reconciler.RunAsync(context, run.Token), run.Token).PipeTo(
            Self, success: result => new ControllerRunFinished(run, result, null), failure: error => new ControllerRunFinished(run, null, error));
    }

    private void HandleRunFinished(ControllerRunFinished finished)
    {
        if (!ReferenceEquals(finished.Run, _run))
        {
            return;
        }
        _run.Dispose();
        _run = null;
        if (finished.Failure is not null)
        {
            _failures++;
            var delay = BackoffSupervisor.CalculateDelay(
                _failures - 1, _environment.Settings.ControllerMinBackoff, _environment.Settings.ControllerMaxBackoff, 0.2);
            LogRunFailed(finished.Failure, delay);
            Timers.StartSingleTimer(RetryTimer, RunController.Instance, delay);
            return;
        }
        _failures = 0;
        if (_pokedDuringRun)
        {
            Poke();
            return;
        }
        if (finished.Result?.RequeueAfter is { } requeue)
        {
            Timers.StartSingleTimer(RequeueTimer, RunController.Instance, requeue > TimeSpan.Zero ? requeue : TimeSpan.FromMilliseconds(1));
        }
        ScheduleResync();
    }

    private void LogRunFailed(Exception failure, TimeSpan delay) =>
        Context.Log.LogWarning(failure, "Reconciling {Entity} failed (attempt {Attempt}); retrying in {Delay} ms: {Reason}",
            _key.PersistenceId, _failures, (long)delay.TotalMilliseconds, failure.Message);

    /// <summary>A controller's object is re-checked now and then even when nothing pokes it (level-triggered); the resync does not keep the entity from passivating.</summary>
    private void ScheduleResync()
    {
        if (_controller is null)
        {
            return;
        }
        var settings = _environment.Settings;
        var delay = settings.ResyncInterval * (1 + (settings.ResyncJitter * Random.Shared.NextDouble()));
        _resync = Context.System.Scheduler.ScheduleTellOnce(delay, Self, ResyncDue.Instance, Self);
    }

    private void PassivateWhenIdle()
    {
        if (_run is null && !Timers.IsTimerActive(RequeueTimer) && !Timers.IsTimerActive(RetryTimer))
        {
            Context.Parent.Tell(new Passivate(StopEntity.Instance));
        }
    }

    private void StopRunning()
    {
        _run?.Cancel();
        _run = null;
        _resync?.Cancel();
        _resync = null;
    }
}
