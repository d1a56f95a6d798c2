namespace ActorOrchestrator.Actors;

/// <summary>The <see cref="IFunctionRef"/> implementation; thread-safe, the callback may run concurrently.</summary>
internal sealed class FunctionRef(ActorSystem system, ActorPath path, Action<object, IActorRef> receive) : InternalActorRef, IFunctionRef
{
    private readonly Lock _gate = new();
    private readonly HashSet<InternalActorRef> _watching = [];
    private readonly HashSet<InternalActorRef> _watchedBy = [];
    private volatile bool _stopped;

    public override ActorPath Path { get; } = path;

    public override bool IsTerminated => _stopped;

    public bool IsStopped => _stopped;

    internal override ActorSystem OwnerSystem => system;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_stopped)
        {
            system.DeadLettersRef.Deliver(message, sender, this);
            return;
        }
        if (message is Identify identify)
        {
            sender?.Tell(new ActorIdentity(identify.MessageId, this), this);
            return;
        }
        receive(message, sender ?? system.DeadLetters);
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case Watch watch:
                bool added;
                lock (_gate)
                {
                    added = !_stopped && _watchedBy.Add(watch.Watcher);
                }
                if (!added && _stopped)
                {
                    watch.Watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
                }
                break;
            case Unwatch unwatch:
                lock (_gate)
                {
                    _watchedBy.Remove(unwatch.Watcher);
                }
                break;
            case DeathWatchNotification notification:
                bool wasWatched;
                lock (_gate)
                {
                    wasWatched = !_stopped && _watching.Remove(notification.Actor);
                }
                if (wasWatched)
                {
                    receive(new Terminated(notification.Actor, notification.ExistenceConfirmed, notification.AddressTerminated), notification.Actor);
                }
                break;
        }
    }

    public void Watch(IActorRef subject)
    {
        var target = subject as InternalActorRef
            ?? throw new ArgumentException($"{subject} is not an actor ref of this runtime and cannot be watched", nameof(subject));
        bool added;
        lock (_gate)
        {
            added = !_stopped && _watching.Add(target);
        }
        if (added)
        {
            target.SendSystemMessage(new Watch(target, this));
        }
    }

    public void Unwatch(IActorRef subject)
    {
        if (subject is not InternalActorRef target)
        {
            return;
        }
        bool removed;
        lock (_gate)
        {
            removed = _watching.Remove(target);
        }
        if (removed)
        {
            target.SendSystemMessage(new Unwatch(target, this));
        }
    }

    public void Dispose()
    {
        InternalActorRef[] watchers;
        InternalActorRef[] watching;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
            _stopped = true;
            watchers = [.. _watchedBy];
            watching = [.. _watching];
            _watchedBy.Clear();
            _watching.Clear();
        }
        foreach (var target in watching)
        {
            target.SendSystemMessage(new Unwatch(target, this));
        }
        foreach (var watcher in watchers)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: true, addressTerminated: false));
        }
        system.EventStream.Unsubscribe(this);
        system.UnregisterTemp(this);
    }
}
