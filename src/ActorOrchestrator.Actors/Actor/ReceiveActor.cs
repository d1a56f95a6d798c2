namespace ActorOrchestrator.Actors;

/// <summary>
/// An actor whose behaviour is a list of typed handlers registered in its constructor (or in a
/// <see cref="Become(Action)"/> block): the first handler whose type and predicate match handles the message.
/// </summary>
public abstract class ReceiveActor : ActorBase
{
    private readonly ReceiveHandlers _initial = new();
    private ReceiveHandlers? _configuring;

    protected ReceiveActor()
    {
        _configuring = _initial;
    }

    protected void Receive<T>(Action<T> handler) => Configuring().Add(new TypedReceiveHandler<T>(handler, null));

    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler) =>
        Configuring().Add(new TypedReceiveHandler<T>(handler, shouldHandle));

    /// <summary>
    /// An asynchronous handler: the actor handles no other message until the task completes, and code after each
    /// await runs as the actor (Sender and Self as for the original message). A faulted task fails the actor.
    /// </summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null) =>
        Configuring().Add(new AsyncReceiveHandler<T>(Cell, handler, shouldHandle));

    /// <summary>Handles every message that reaches it; register it last.</summary>
    protected void ReceiveAny(Action<object> handler) => Configuring().Add(new TypedReceiveHandler<object>(handler, null));

    /// <summary>Replaces the behaviour with the handlers registered inside <paramref name="configure"/>.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure).Handle);

    /// <summary>Pushes the handlers registered inside <paramref name="configure"/>; <c>Context.UnbecomeStacked()</c> pops them.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure).Handle);

    protected sealed override bool Receive(object message) => _initial.Handle(message);

    private ReceiveHandlers Build(Action configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var handlers = new ReceiveHandlers();
        var previous = _configuring;
        _configuring = handlers;
        try
        {
            configure();
        }
        finally
        {
            _configuring = previous;
        }
        return handlers;
    }

    private ReceiveHandlers Configuring() => _configuring
        ?? throw new InvalidOperationException(
            "Receive<T> can only be called in the constructor or inside a Become(...) block of a ReceiveActor");

    private protected override void OnConstructed() => _configuring = null;
}
