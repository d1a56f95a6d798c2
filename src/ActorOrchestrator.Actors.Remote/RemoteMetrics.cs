namespace ActorOrchestrator.Actors.Remote;

/// <summary>Counters of one remoting instance since it started; safe to read at any time.</summary>
public sealed class RemoteMetrics
{
    private long _sent;
    private long _received;
    private long _oversizedDropped;
    private long _gatedDropped;
    private long _queueOverflowDropped;
    private long _unregisteredDropped;
    private long _unknownManifestDropped;
    private long _droppedOnLinkLoss;
    private long _protocolErrorCloses;
    private long _quarantines;

    /// <summary>User messages written to links.</summary>
    public long MessagesSent => Volatile.Read(ref _sent);

    /// <summary>User messages received from links and handed to local recipients.</summary>
    public long MessagesReceived => Volatile.Read(ref _received);

    /// <summary>Messages dropped because their frame exceeded maximum-frame-size.</summary>
    public long OversizedDropped => Volatile.Read(ref _oversizedDropped);

    /// <summary>Messages dropped because their address was gated after a failed link.</summary>
    public long GatedDropped => Volatile.Read(ref _gatedDropped);

    /// <summary>Messages dropped because the peer's outbound queue was full.</summary>
    public long QueueOverflowDropped => Volatile.Read(ref _queueOverflowDropped);

    /// <summary>Messages dropped because their type has no manifest (or failed to serialize).</summary>
    public long UnregisteredDropped => Volatile.Read(ref _unregisteredDropped);

    /// <summary>Received messages dropped because their manifest is not registered here.</summary>
    public long UnknownManifestDropped => Volatile.Read(ref _unknownManifestDropped);

    /// <summary>Queued messages dropped because their link closed or could not be opened.</summary>
    public long DroppedOnLinkLoss => Volatile.Read(ref _droppedOnLinkLoss);

    /// <summary>Links closed because the peer broke the protocol (garbled or oversized frame).</summary>
    public long ProtocolErrorCloses => Volatile.Read(ref _protocolErrorCloses);

    /// <summary>Peer incarnations quarantined by this member.</summary>
    public long Quarantines => Volatile.Read(ref _quarantines);

    internal void AddSent(long count) => Interlocked.Add(ref _sent, count);

    internal void AddReceived(long count) => Interlocked.Add(ref _received, count);

    internal void AddOversizedDropped() => Interlocked.Increment(ref _oversizedDropped);

    internal void AddGatedDropped() => Interlocked.Increment(ref _gatedDropped);

    internal void AddQueueOverflowDropped() => Interlocked.Increment(ref _queueOverflowDropped);

    internal void AddUnregisteredDropped() => Interlocked.Increment(ref _unregisteredDropped);

    internal void AddUnknownManifestDropped() => Interlocked.Increment(ref _unknownManifestDropped);

    internal void AddDroppedOnLinkLoss(long count) => Interlocked.Add(ref _droppedOnLinkLoss, count);

    internal void AddProtocolErrorClose() => Interlocked.Increment(ref _protocolErrorCloses);

    internal void AddQuarantine() => Interlocked.Increment(ref _quarantines);
}
