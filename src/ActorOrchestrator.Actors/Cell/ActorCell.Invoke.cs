namespace ActorOrchestrator.Actors;

/// <summary>Handing one user message to the actor: auto-received messages, behaviours, unhandled messages.</summary>
internal sealed partial class ActorCell
{
    private void Invoke(object message, IActorRef? sender)
    {
        _currentMessage = message;
        _currentSender = sender;
        try
        {
            if (message is IAutoReceivedMessage)
            {
                AutoReceive(message);
            }
            else
            {
                ReceiveMessage(message);
            }
            if (_extras?.ReceiveTimeout is { } receiveTimeout && message is not INotInfluenceReceiveTimeout)
            {
                receiveTimeout.Touch();
            }
        }
        catch (Exception e)
        {
            HandleInvokeFailure(e);
        }
        finally
        {
            _currentMessage = null;
            _currentSender = null;
        }
    }

    private void ReceiveMessage(object message)
    {
        var actor = _actor!;
        var behaviours = _extras?.Behaviours;
        var handled = behaviours is { Count: > 0 } ? behaviours.Peek()(message) : actor.InvokeReceive(message);
        if (!handled)
        {
            actor.InvokeUnhandled(message);
        }
    }

    private void AutoReceive(object message)
    {
        switch (message)
        {
            case PoisonPill:
                Stop(this);
                break;
            case Kill:
                throw new ActorKilledException($"{Path} received Kill");
            case Identify identify:
                Sender.Tell(new ActorIdentity(identify.MessageId, this), this);
                break;
            case Terminated terminated:
                ReceivedTerminated(terminated);
                break;
            case TimerTick tick:
                if (_extras?.Timers is { } timers && timers.TryTake(tick, out var payload))
                {
                    if (payload is IAutoReceivedMessage)
                    {
                        AutoReceive(payload);
                    }
                    else
                    {
                        ReceiveMessage(payload);
                    }
                }
                break;
            case ReceiveTimeoutTick tick:
                if (_extras?.ReceiveTimeout is { } receiveTimeout && receiveTimeout.IsDue(tick))
                {
                    ReceiveMessage(Actors.ReceiveTimeout.Instance);
                }
                break;
            default:
                ReceiveMessage(message);
                break;
        }
    }

    /// <summary>Default of <see cref="ActorBase.Unhandled"/>.</summary>
    internal void UnhandledDefault(object message)
    {
        if (message is Terminated terminated)
        {
            throw new DeathPactException(terminated.ActorRef);
        }
        var sender = Sender;
        _system.EventStream.Publish(new UnhandledMessage(message, sender, this));
        _system.DeadLetterLog.Record(message, sender, this, unhandled: true);
    }

    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        var behaviours = Extras.Behaviours ??= new Stack<Receive>(1);
        if (behaviours.Count > 0)
        {
            behaviours.Pop();
        }
        behaviours.Push(receive);
    }

    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        (Extras.Behaviours ??= new Stack<Receive>(1)).Push(receive);
    }

    public void UnbecomeStacked()
    {
        if (_extras?.Behaviours is { Count: > 0 } behaviours)
        {
            behaviours.Pop();
        }
    }
}
