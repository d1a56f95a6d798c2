namespace ActorOrchestrator.Actors;

/// <summary>Creating, restarting and stopping the actor instance; system-message dispatch.</summary>
internal sealed partial class ActorCell
{
    private const int LifecycleUncreated = 1;
    private const int LifecycleFailed = 2;
    private const int LifecycleRecreating = 4;
    private const int LifecycleTerminating = 8;
    private const int LifecycleTerminated = 16;
    private const int LifecycleAwaitingTask = 32;

    private bool IsTerminating => (_lifecycle & (LifecycleTerminating | LifecycleTerminated)) != 0;

    private void HandleSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case DeathWatchNotification notification:
                HandleDeathWatchNotification(notification);
                break;
            case Failed failed:
                HandleChildFailure(failed.Child, failed.Cause);
                break;
            case Watch watch:
                AddWatcher(watch.Watcher);
                break;
            case Unwatch unwatch:
                _extras?.WatchedBy?.Remove(unwatch.Watcher);
                break;
            case Terminate:
                BeginTerminate();
                break;
            case Recreate recreate:
                BeginRecreate(recreate.Cause);
                break;
            case Resume resume:
                HandleResume(resume.CausedByFailure);
                break;
            case Suspend:
                HandleSuspend();
                break;
            case AsyncHandlerContinuation continuation:
                RunContinuation(continuation);
                break;
            case AsyncHandlerCompleted completed:
                CompleteAsyncHandler(completed.Task);
                break;
        }
    }

    private void CreateActor()
    {
        _lifecycle = 0;
        try
        {
            _actor = NewActorInstance();
            _actor.InvokePreStart();
        }
        catch (Exception e)
        {
            Fail(new ActorInitializationException($"{Path}: exception during creation ({e.GetType().Name}: {e.Message})", e));
        }
    }

    private ActorBase NewActorInstance()
    {
        var previous = t_constructing;
        t_constructing = this;
        ActorBase actor;
        try
        {
            actor = _props.NewActor();
        }
        finally
        {
            t_constructing = previous;
        }
        if (!ReferenceEquals(actor.Cell, this))
        {
            throw new InvalidOperationException($"The Props factory of {Path} returned an actor created elsewhere; it must create a new instance on each call");
        }
        actor.Constructed();
        if (actor is IWithTimers withTimers)
        {
            withTimers.Timers = Extras.Timers ??= new TimerScheduler(this);
        }
        if (actor is IWithStash withStash)
        {
            withStash.Stash = Extras.Stash ??= new ActorStash(this, _props.StashCapacity ?? _system.Settings.StashCapacity);
        }
        return actor;
    }

    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is not InternalActorRef target)
        {
            throw new ArgumentException($"{actor} is not an actor of this runtime", nameof(actor));
        }
        if (target is ActorCell child && ReferenceEquals(child._parent, this))
        {
            MarkChildStopping(child);
        }
        target.SendSystemMessage(new Terminate());
    }

    private void HandleSuspend()
    {
        _suspendCount++;
        ForEachChild(static child => child.SendSystemMessage(new Suspend()));
    }

    private void HandleResume(Exception? causedByFailure)
    {
        if (causedByFailure is not null)
        {
            if ((_lifecycle & LifecycleFailed) == 0)
            {
                return;
            }
            _lifecycle &= ~LifecycleFailed;
            if (_extras is { } extras)
            {
                extras.FailedMessage = null;
            }
        }
        else if (_suspendCount > 0)
        {
            _suspendCount--;
        }
        ForEachChild(static child => child.SendSystemMessage(new Resume(null)));
    }

    private void BeginTerminate()
    {
        if (IsTerminating)
        {
            return;
        }
        _lifecycle |= LifecycleTerminating;
        _extras?.ReceiveTimeout?.Cancel();
        if (!StopAllChildren())
        {
            FinishTerminate();
        }
    }

    private void FinishTerminate()
    {
        var actor = _actor;
        if (actor is not null && (_lifecycle & (LifecycleUncreated | LifecycleRecreating)) == 0)
        {
            try
            {
                actor.InvokePostStop();
            }
            catch (Exception e)
            {
                KernelLog.PostStopFailed(_system.KernelLogger, Path.ToString(), e);
            }
        }
        _lifecycle = LifecycleTerminated;
        _actor = null;
        _extras?.Timers?.CancelAll();
        _extras?.ReceiveTimeout?.Cancel();
        UnwatchAllOnStop();
        NotifyWatchersOnStop();
        _system.EventStream.Unsubscribe(this);
        CloseMailbox();
        if (_parent is null)
        {
            _system.OnRootTerminated();
        }
    }

    private void BeginRecreate(Exception cause)
    {
        if (IsTerminating)
        {
            return;
        }
        var actor = _actor;
        if (actor is not null && (_lifecycle & LifecycleUncreated) == 0)
        {
            try
            {
                actor.InvokePreRestart(cause, _extras?.FailedMessage);
            }
            catch (Exception e)
            {
                KernelLog.PreRestartFailed(_system.KernelLogger, Path.ToString(), e);
            }
        }
        _extras?.Timers?.CancelAll();
        _extras?.ReceiveTimeout?.Cancel();
        _extras?.Stash?.ReturnAllToMailbox();
        _extras?.Behaviours?.Clear();
        _lifecycle = (_lifecycle | LifecycleRecreating) & ~LifecycleAwaitingTask;
        Extras.RecreateCause = cause;
        if (!HasStoppingChildren)
        {
            FinishRecreate(cause);
        }
    }

    private void FinishRecreate(Exception cause)
    {
        _lifecycle = 0;
        _suspendCount = 0;
        if (_extras is { } extras)
        {
            extras.FailedMessage = null;
            extras.RecreateCause = null;
        }
        _actor = null;
        try
        {
            _actor = NewActorInstance();
            _actor.InvokePostRestart(cause);
        }
        catch (Exception e)
        {
            Fail(new ActorInitializationException($"{Path}: exception during restart ({e.GetType().Name}: {e.Message})", e));
            return;
        }
        ForEachChild(child => child.SendSystemMessage(new Recreate(cause)));
    }
}
