using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>
/// An event-sourced actor. Register handlers in the constructor: <see cref="Command{T}(Action{T})"/> for messages and
/// <see cref="Recover{T}(Action{T})"/> for replayed events, <see cref="SnapshotOffer"/> and <see cref="RecoveryCompleted"/>.
/// On start (and restart) it recovers: latest snapshot, the events after it, then <see cref="RecoveryCompleted"/>;
/// commands arriving meanwhile are stashed and handled afterwards in order. <see cref="PersistenceExtension.Start"/>
/// must have been called on the actor system. If you override <see cref="PostStop"/>, call the base.
/// </summary>
public abstract partial class PersistentActor : ActorBase, IWithStash
{
    private readonly List<IMessageHandler> _commandHandlers = [];
    private readonly List<IMessageHandler> _recoveryHandlers = [];
    private readonly CancellationTokenSource _stopping = new();
    private Phase _phase = Phase.Recovering;

    protected PersistentActor()
    {
        Persistence = PersistenceExtension.Get(Context.System);
        Self.Tell(new StartRecovery(this), Self);
    }

    private enum Phase
    {
        Recovering,
        Running,
        Persisting,
        Stopped,
    }

    /// <summary>Identity of the entity in the journal, e.g. <c>pod/default/web-1</c>; must not change during the actor's life.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>
    /// Sequence number of the last event recovered or persisted (its handler is running or has run); 0 before any.
    /// Only increases.
    /// </summary>
    public long LastSequenceNr { get; private set; }

    /// <summary>
    /// The journal's global <c>ordering</c> of the last event recovered or persisted (inside a Persist handler: of that
    /// event); the control plane stamps it as resourceVersion. 0 before any, and after recovering from a snapshot alone.
    /// </summary>
    public long LastOrdering { get; private set; }

    /// <summary>True until <see cref="RecoveryCompleted"/> has been delivered.</summary>
    public bool IsRecovering => _phase == Phase.Recovering;

    /// <summary>Set by the runtime. Also holds the commands stashed during recovery and writes.</summary>
    public IStash Stash { get; set; } = null!;

    protected PersistenceExtension Persistence { get; }

    /// <summary>Handles commands of type <typeparamref name="T"/>.</summary>
    protected void Command<T>(Action<T> handler) => _commandHandlers.Add(new MessageHandler<T>(handler, null));

    /// <summary>Handles commands of type <typeparamref name="T"/> that pass <paramref name="shouldHandle"/>.</summary>
    protected void Command<T>(Predicate<T> shouldHandle, Action<T> handler) => _commandHandlers.Add(new MessageHandler<T>(handler, shouldHandle));

    /// <summary>Handles replayed events (and <see cref="SnapshotOffer"/>, <see cref="RecoveryCompleted"/>) of type <typeparamref name="T"/>.</summary>
    protected void Recover<T>(Action<T> handler) => _recoveryHandlers.Add(new MessageHandler<T>(handler, null));

    /// <summary>Cancels this incarnation's pending recovery and writes (their permits are returned). Call it from an override.</summary>
    protected override void PostStop()
    {
        _phase = Phase.Stopped;
        _stopping.Cancel();
    }

    /// <summary>A write failed (not stored, or unknown): logged, then the actor stops. Pair the actor with a back-off supervisor.</summary>
    protected virtual void OnPersistFailure(Exception cause, object @event, long sequenceNr) =>
        Context.Log.LogError(
            cause, "Persisting event {SequenceNr} ({EventType}) of persistence id '{PersistenceId}' failed; the actor stops: {Reason}",
            sequenceNr, @event.GetType().Name, PersistenceId, cause.Message);

    /// <summary>The journal rejected an event (e.g. its type is not registered): it is not stored and its handler does not run. The actor keeps running.</summary>
    protected virtual void OnPersistRejected(Exception cause, object @event, long sequenceNr) =>
        Context.Log.LogWarning(
            cause, "Event {SequenceNr} ({EventType}) of persistence id '{PersistenceId}' was rejected and not stored: {Reason}",
            sequenceNr, @event.GetType().Name, PersistenceId, cause.Message);

    /// <summary>Recovery failed: logged, then the actor stops.</summary>
    protected virtual void OnRecoveryFailure(Exception cause) =>
        Context.Log.LogError(
            cause, "Recovery of persistence id '{PersistenceId}' failed; the actor stops: {Reason}", PersistenceId, cause.Message);

    /// <summary>Tags stored with an event, to query events by tag; none by default.</summary>
    protected virtual IReadOnlyList<string>? TagsFor(object @event) => null;

    protected sealed override bool Receive(object message)
    {
        if (message is PersistentActorSignal signal)
        {
            if (ReferenceEquals(signal.Owner, this) && _phase != Phase.Stopped)
            {
                HandleSignal(signal);
            }
            return true;
        }
        switch (_phase)
        {
            case Phase.Running:
                return HandleCommand(message);
            case Phase.Stopped:
                return true;
            default:
                Stash.Stash();
                return true;
        }
    }

    private void HandleSignal(PersistentActorSignal signal)
    {
        switch (signal)
        {
            case StartRecovery:
                StartRecovering();
                break;
            case ReplayedEvents replayed:
                ApplyReplayed(replayed);
                break;
            case RecoveryFinished finished:
                FinishRecovery(finished);
                break;
            case RecoveryAborted aborted:
                FailRecovery(aborted.Cause);
                break;
            case WriteCompleted completed:
                CompleteWrite(completed.Write);
                break;
        }
    }

    private bool HandleCommand(object message)
    {
        foreach (var handler in _commandHandlers)
        {
            if (handler.TryHandle(message))
            {
                FlushPending();
                return true;
            }
        }
        return false;
    }
}
