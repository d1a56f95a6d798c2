namespace ActorOrchestrator.Actors;

/// <summary>Death watch: exactly one Terminated per watch, also for actors that are already dead.</summary>
internal sealed partial class ActorCell
{
    public IActorRef Watch(IActorRef subject) => WatchCore(subject, null);

    public IActorRef WatchWith(IActorRef subject, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WatchCore(subject, message);
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        var target = AsInternal(subject);
        if (_extras is { } extras)
        {
            if (extras.Watching?.Remove(target) == true)
            {
                target.SendSystemMessage(new Unwatch(target, this));
            }
            extras.TerminatedQueued?.Remove(target);
        }
        return subject;
    }

    private IActorRef WatchCore(IActorRef subject, object? customMessage)
    {
        var target = AsInternal(subject);
        if (ReferenceEquals(target, this))
        {
            return subject;
        }
        var watching = Extras.Watching ??= [];
        if (watching.ContainsKey(target))
        {
            watching[target] = customMessage;
            return subject;
        }
        watching.Add(target, customMessage);
        target.SendSystemMessage(new Watch(target, this));
        return subject;
    }

    private static InternalActorRef AsInternal(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject as InternalActorRef
            ?? throw new ArgumentException($"{subject} is not an actor ref of this runtime and cannot be watched", nameof(subject));
    }

    private void AddWatcher(InternalActorRef watcher)
    {
        if (ReferenceEquals(watcher, this))
        {
            return;
        }
        if ((_lifecycle & LifecycleTerminated) != 0)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
            return;
        }
        (Extras.WatchedBy ??= []).Add(watcher);
    }

    private void HandleDeathWatchNotification(DeathWatchNotification notification)
    {
        var actor = notification.Actor;
        if (actor is ActorCell child && ReferenceEquals(child._parent, this) && RemoveChild(child))
        {
            QueueTerminatedIfWatched(notification);
            if ((_lifecycle & LifecycleTerminating) != 0 && (_lifecycle & LifecycleTerminated) == 0 && !HasChildren)
            {
                FinishTerminate();
            }
            else if ((_lifecycle & LifecycleRecreating) != 0 && !HasStoppingChildren)
            {
                FinishRecreate(_extras!.RecreateCause!);
            }
            return;
        }
        QueueTerminatedIfWatched(notification);
    }

    private void QueueTerminatedIfWatched(DeathWatchNotification notification)
    {
        var actor = notification.Actor;
        if (IsTerminating || _extras?.Watching is not { } watching || !watching.Remove(actor, out var customMessage))
        {
            return;
        }
        (_extras.TerminatedQueued ??= []).Add(actor, customMessage);
        Tell(new Terminated(actor, notification.ExistenceConfirmed, notification.AddressTerminated), actor);
    }

    private void ReceivedTerminated(Terminated terminated)
    {
        if (terminated.ActorRef is not InternalActorRef actor
            || _extras?.TerminatedQueued is not { } queued
            || !queued.Remove(actor, out var customMessage))
        {
            return;
        }
        ReceiveMessage(customMessage ?? terminated);
    }

    private void UnwatchAllOnStop()
    {
        if (_extras?.Watching is not { Count: > 0 } watching)
        {
            return;
        }
        foreach (var target in watching.Keys)
        {
            target.SendSystemMessage(new Unwatch(target, this));
        }
        watching.Clear();
    }

    private void NotifyWatchersOnStop()
    {
        var parent = _parent;
        if (_extras?.WatchedBy is { Count: > 0 } watchers)
        {
            foreach (var watcher in watchers)
            {
                if (!ReferenceEquals(watcher, parent))
                {
                    watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
                }
            }
            watchers.Clear();
        }
        parent?.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
    }
}
