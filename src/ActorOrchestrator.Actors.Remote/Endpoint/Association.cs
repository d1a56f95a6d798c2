
namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Everything this member knows about one peer address: the link (at most one at a time, opened lazily), the queue of
/// frames waiting for it, the gate after a failure, the peer's incarnation UID, reliable system-message delivery and
/// the death watches in both directions. State changes happen under one lock; sending a user message over an open
/// link takes no lock.
/// </summary>
internal sealed partial class Association
{
    private readonly Remoting _remoting;
    private readonly Lock _lock = new();
    private readonly SystemMessageOutbox _outbox;
    private readonly SystemMessageInbox _inbox = new();
    private readonly OutboundWatches _watching = new();
    private readonly InboundWatches _watchedBy;
    private OutboundQueue? _queue;
    private AssociationState _state;
    private Connection? _connection;
    private int _connectAttempt;
    private long _peerUid;
    private long _gatedUntil;
    private long _droppedWhileGated;
    private long _waitingSince;
    private long _monitoringSince;
    private long _lastHeard;
    private long _queuedUserMessages;
    private int _overflowReported;

    public Association(Remoting remoting, RemoteAddress address)
    {
        _remoting = remoting;
        Address = address;
        _outbox = new SystemMessageOutbox(remoting.Settings.SystemMessageBufferSize);
        _watchedBy = new InboundWatches(remoting.System, OnLocalWatcheeTerminated);
    }

    public RemoteAddress Address { get; }

    /// <summary>UID of the peer incarnation this member talks to; 0 before the first handshake or after it was lost.</summary>
    public long PeerUid
    {
        get
        {
            lock (_lock)
            {
                return _peerUid;
            }
        }
    }

    internal AssociationState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    private long Now => _remoting.TimeProvider.GetTimestamp();

    /// <summary>Queues a user message for the peer; drops it (counted) when the address is gated or the queue is full.</summary>
    public void Send(object message, IActorRef? sender, RemoteActorRef recipient)
    {
        var queue = Volatile.Read(ref _queue);
        if (queue is not null && TryEnqueueUser(queue, message, sender, recipient))
        {
            return;
        }
        SendSlow(message, sender, recipient);
    }

    /// <summary>The write loop took <paramref name="count"/> user messages off the queue.</summary>
    public void Dequeued(long count) => Interlocked.Add(ref _queuedUserMessages, -count);

    /// <summary>The read loop received bytes from the peer: it is alive.</summary>
    public void Heard() => Volatile.Write(ref _lastHeard, Now);

    private bool TryEnqueueUser(OutboundQueue queue, object message, IActorRef? sender, RemoteActorRef recipient)
    {
        if (Interlocked.Increment(ref _queuedUserMessages) > _remoting.Settings.OutboundQueueSize)
        {
            Interlocked.Decrement(ref _queuedUserMessages);
            _remoting.Metrics.AddQueueOverflowDropped();
            if (Interlocked.Exchange(ref _overflowReported, 1) == 0)
            {
                RemoteLog.OutboundQueueFull(_remoting.Logger, Address.ToString(), _remoting.Settings.OutboundQueueSize);
            }
            return true;
        }
        if (queue.TryWrite(OutboundEnvelope.User(message, sender, recipient)))
        {
            return true;
        }
        Interlocked.Decrement(ref _queuedUserMessages);
        return false;
    }

    private void SendSlow(object message, IActorRef? sender, RemoteActorRef recipient)
    {
        OutboundQueue? queue;
        lock (_lock)
        {
            OpenGateIfDue();
            switch (_state)
            {
                case AssociationState.Gated:
                    _droppedWhileGated++;
                    _remoting.Metrics.AddGatedDropped();
                    return;
                case AssociationState.ShutDown:
                    return;
                case AssociationState.Idle:
                    queue = StartConnecting();
                    break;
                default:
                    queue = _queue;
                    break;
            }
        }
        if (queue is null || !TryEnqueueUser(queue, message, sender, recipient))
        {
            _remoting.Metrics.AddDroppedOnLinkLoss(1);
        }
    }

    private static OutboundQueue NewQueue() => new();

    /// <summary>Puts a control frame on the open link's queue; false when there is no open link.</summary>
    private bool TryEnqueueControl(OutboundEnvelope envelope) =>
        _state == AssociationState.Active && _queue is { } queue && queue.TryWrite(envelope);
}
