using ActorOrchestrator.Actors.Persistence.Journal;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Persist, PersistAll and Defer: the events of one command go to the journal in one call; handlers run once it is durable.</summary>
public abstract partial class PersistentActor
{
    private readonly List<PendingInvocation> _pending = [];
    private readonly List<AtomicWrite> _pendingWrites = [];
    private List<PendingInvocation>? _inFlight;
    private long _nextSequenceNr;
    private string? _writerId;

    /// <summary>
    /// Persists <paramref name="event"/>; <paramref name="handler"/> runs once the write is durable (with the command's
    /// Sender, <see cref="LastSequenceNr"/> and <see cref="LastOrdering"/> of this event). Commands arriving meanwhile are
    /// stashed and handled afterwards in order.
    /// </summary>
    protected void Persist<TEvent>(TEvent @event, Action<TEvent> handler) where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        var sequenceNr = ++_nextSequenceNr;
        _pending.Add(new PendingInvocation(@event, e => handler((TEvent)e), sequenceNr, _pendingWrites.Count, 0));
        _pendingWrites.Add(new AtomicWrite(ToPersistent(@event, sequenceNr)));
    }

    /// <summary>Persists <paramref name="events"/> as one atomic write (all stored or none); the handler runs for each, in order.</summary>
    protected void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler) where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(handler);
        var batch = new List<PersistentEvent>();
        foreach (var @event in events)
        {
            var sequenceNr = ++_nextSequenceNr;
            _pending.Add(new PendingInvocation(@event, e => handler((TEvent)e), sequenceNr, _pendingWrites.Count, batch.Count));
            batch.Add(ToPersistent(@event, sequenceNr));
        }
        if (batch.Count > 0)
        {
            _pendingWrites.Add(new AtomicWrite(batch));
        }
    }

    /// <summary>Runs <paramref name="handler"/> after every earlier Persist of this command has been handled; writes nothing.</summary>
    protected void Defer<TEvent>(TEvent @event, Action<TEvent> handler) where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        _pending.Add(new PendingInvocation(@event, e => handler((TEvent)e), 0, -1, 0));
    }

    private PersistentEvent ToPersistent(object @event, long sequenceNr) =>
        new(PersistenceId, sequenceNr, @event, _writerId ??= Self.Path.ToStringWithUid(), TagsFor(@event));

    /// <summary>Starts the next write round, or runs handlers that wait for no write, or goes back to handling commands.</summary>
    private void FlushPending()
    {
        while (_pending.Count > 0 && _pendingWrites.Count == 0)
        {
            var deferred = _pending.ToArray();
            _pending.Clear();
            foreach (var invocation in deferred)
            {
                invocation.Handler(invocation.Event);
            }
        }
        if (_pending.Count == 0)
        {
            if (_phase == Phase.Persisting)
            {
                _phase = Phase.Running;
                Stash.UnstashAll();
            }
            return;
        }
        _inFlight = [.. _pending];
        var writes = _pendingWrites.ToArray();
        _pending.Clear();
        _pendingWrites.Clear();
        _phase = Phase.Persisting;
        var self = Self;
        var sender = Sender;
        Persistence.Store.Journal.WriteMessagesAsync(writes, _stopping.Token).ContinueWith(
            write => self.Tell(new WriteCompleted(this, write), sender),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void CompleteWrite(Task<IReadOnlyList<AtomicWriteResult>> write)
    {
        var round = _inFlight!;
        _inFlight = null;
        if (!write.IsCompletedSuccessfully)
        {
            var first = round.First(invocation => !invocation.IsDeferred);
            var cause = CauseOf(write);
            _phase = Phase.Stopped;
            OnPersistFailure(cause, first.Event, first.SequenceNr);
            Context.Stop(Self);
            return;
        }
        var results = write.Result;
        foreach (var invocation in round)
        {
            if (invocation.IsDeferred)
            {
                invocation.Handler(invocation.Event);
                continue;
            }
            var result = results[invocation.WriteIndex];
            LastSequenceNr = invocation.SequenceNr;
            if (result.IsRejected)
            {
                OnPersistRejected(result.Rejection!, invocation.Event, invocation.SequenceNr);
                continue;
            }
            LastOrdering = result.Orderings[invocation.IndexInWrite];
            invocation.Handler(invocation.Event);
        }
        FlushPending();
    }
}
