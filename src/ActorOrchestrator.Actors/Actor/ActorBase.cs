namespace ActorOrchestrator.Actors;

/// <summary>
/// Base class of every actor. Instances are made only by the runtime from <see cref="Props"/> (a constructor
/// called directly throws). Override <see cref="Receive"/>, or derive from <see cref="ReceiveActor"/>.
/// </summary>
public abstract class ActorBase
{
    private readonly ActorCell _cell;

    protected ActorBase()
    {
        _cell = ActorCell.TakeConstructing() ?? throw new ActorInitializationException(
            $"{GetType()} was constructed directly; actors are created with ActorSystem.ActorOf or Context.ActorOf and Props");
    }

    /// <summary>This actor's context; valid only on the actor's own thread (in handlers and lifecycle hooks).</summary>
    protected IActorContext Context => _cell;

    protected IActorRef Self => _cell;

    /// <summary>Sender of the message being handled; dead letters when there is none.</summary>
    protected IActorRef Sender => _cell.Sender;

    internal ActorCell Cell => _cell;

    internal void Constructed() => OnConstructed();

    internal bool InvokeReceive(object message) => Receive(message);

    internal void InvokePreStart() => PreStart();

    internal void InvokePostStop() => PostStop();

    internal void InvokePreRestart(Exception reason, object? message) => PreRestart(reason, message);

    internal void InvokePostRestart(Exception reason) => PostRestart(reason);

    internal void InvokeUnhandled(object message) => Unhandled(message);

    internal SupervisorStrategy? InvokeSupervisorStrategy() => SupervisorStrategy();

    /// <summary>Runs once the constructor has finished.</summary>
    private protected virtual void OnConstructed()
    {
    }

    /// <summary>Handles one message; returns false when the message is not handled (it then goes to <see cref="Unhandled"/>).</summary>
    protected abstract bool Receive(object message);

    /// <summary>Runs after construction, before the first message.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>Runs after the actor and all its children have stopped, before watchers are told.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>Runs on the failed instance before a restart; by default stops all children and calls <see cref="PostStop"/>.</summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in _cell.Children)
        {
            _cell.Unwatch(child);
            _cell.Stop(child);
        }
        PostStop();
    }

    /// <summary>Runs on the fresh instance after a restart; by default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>
    /// Called for messages no behaviour handled: an unhandled <see cref="Terminated"/> throws
    /// <see cref="DeathPactException"/>; anything else is published as <see cref="UnhandledMessage"/> and logged.
    /// </summary>
    protected virtual void Unhandled(object message) => _cell.UnhandledDefault(message);

    /// <summary>How this actor supervises its children; defaults to the Props' strategy or <see cref="SupervisorStrategy.DefaultStrategy"/>.</summary>
    protected virtual SupervisorStrategy? SupervisorStrategy() => null;
}
