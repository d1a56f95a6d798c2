namespace ActorOrchestrator.Actors;

/// <summary>
/// The temporary reply address of one Ask: not an actor, just a ref that completes a task with the first reply.
/// </summary>
internal sealed class PromiseActorRef<T>(ActorSystem system, InternalActorRef target) : InternalActorRef
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITimer? _timer;
    private CancellationTokenRegistration _cancellation;
    private bool _watchingTarget;
    private string? _messageType;
    private ActorPath? _path;

    /// <summary>Created on first use (most replies never need it); from then on the ref is resolvable by path until it completes.</summary>
    public override ActorPath Path
    {
        get
        {
            if (Volatile.Read(ref _path) is { } path)
            {
                return path;
            }
            if (Interlocked.CompareExchange(ref _path, system.NewTempPath(null), null) is null && !IsTerminated)
            {
                system.RegisterTemp(this);
                if (IsTerminated)
                {
                    system.UnregisterTemp(this);
                }
            }
            return _path!;
        }
    }

    public override bool IsTerminated => _completion.Task.IsCompleted;

    internal override ActorSystem OwnerSystem => system;

    public Task<T> Task => _completion.Task;

    public void Start(object message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _messageType = message.GetType().Name;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _timer = system.TimeProvider.CreateTimer(static state => ((PromiseActorRef<T>)state!).TimedOut(), this, timeout, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _watchingTarget = true;
            target.SendSystemMessage(new Watch(target, this));
        }
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static state => ((PromiseActorRef<T>)state!).Canceled(), this);
        }
    }

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        var completed = message switch
        {
            T reply => _completion.TrySetResult(reply),
            Status.Failure failure => _completion.TrySetException(failure.Cause),
            _ => _completion.TrySetException(new InvalidCastException(
                $"Ask of {_messageType} to {target.Path} expected a reply of type {typeof(T).Name} but got {message.GetType().Name}")),
        };
        if (completed)
        {
            Cleanup();
        }
        else
        {
            system.DeadLettersRef.Deliver(message, sender, this);
        }
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case DeathWatchNotification notification when ReferenceEquals(notification.Actor, target):
                _watchingTarget = false;
                if (_completion.TrySetException(new AskTargetTerminatedException(
                    $"Ask of {_messageType} to {target.Path} failed: the target terminated before replying")))
                {
                    Cleanup();
                }
                break;
            case Watch when IsTerminated:
                ReplyAsDead(message);
                break;
        }
    }

    private void TimedOut()
    {
        if (_completion.TrySetException(new AskTimeoutException(
            $"Ask of {_messageType} to {target.Path} timed out: no reply within the timeout")))
        {
            Cleanup();
        }
    }

    private void Canceled()
    {
        if (_completion.TrySetCanceled(_cancellation.Token))
        {
            Cleanup();
        }
    }

    private void Cleanup()
    {
        if (Volatile.Read(ref _path) is not null)
        {
            system.UnregisterTemp(this);
        }
        _timer?.Dispose();
        _cancellation.Dispose();
        if (_watchingTarget)
        {
            _watchingTarget = false;
            target.SendSystemMessage(new Unwatch(target, this));
        }
    }
}
