namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Accepting, activating, replacing and losing links. When both members connect at once, the link opened by the member
/// with the lower address survives on both sides, so each pair ends with one link.
/// </summary>
internal sealed partial class Association
{
    /// <summary>What to answer an inbound handshake.</summary>
    public readonly record struct InboundDecision(bool Accepted, DisassociateReason Reason, string Detail, OutboundQueue? Queue);

    /// <summary>
    /// Decides on a link the peer opened: refused when its incarnation is quarantined, or when this member (the lower
    /// address) is opening its own link to it; otherwise it becomes the link, replacing any other.
    /// </summary>
    public InboundDecision AcceptInbound(Connection connection, Handshake handshake)
    {
        List<WatchNotification>? notifications = null;
        Connection? replaced = null;
        InboundDecision decision;
        lock (_lock)
        {
            if (_state == AssociationState.ShutDown)
            {
                return new InboundDecision(false, DisassociateReason.Shutdown, "this member is shutting down", null);
            }
            if (_remoting.QuarantinedIncarnations.IsQuarantined(Address, handshake.Uid))
            {
                return new InboundDecision(false, DisassociateReason.Quarantined,
                    $"{_remoting.Address} quarantined incarnation {handshake.Uid} of {Address}; it must restart to associate again", null);
            }
            var ownLinkWins = _remoting.Address.CompareTo(Address) < 0
                && (_state == AssociationState.Connecting || (_state == AssociationState.Active && _connection!.IsOutbound));
            if (ownLinkWins)
            {
                return new InboundDecision(false, DisassociateReason.Duplicate, $"{_remoting.Address} keeps the link it opened", null);
            }
            notifications = ObservePeerUid(handshake.Uid);
            OutboundQueue queue;
            if (_state is AssociationState.Connecting or AssociationState.WaitingForPeer)
            {
                queue = _queue!;
                _connectAttempt++;
            }
            else
            {
                replaced = Detach();
                queue = NewQueue();
            }
            Activate(connection, queue);
            decision = new InboundDecision(true, default, string.Empty, queue);
        }
        replaced?.Close(null);
        WatchNotification.DeliverAll(notifications);
        return decision;
    }

    /// <summary>
    /// Starts the loops of an activated link, sending <paramref name="firstFrame"/> first (the reply handshake of an
    /// accepted link), then what waits for delivery.
    /// </summary>
    public void Run(Connection connection, OutboundQueue queue, ReadOnlyMemory<byte> firstFrame = default)
    {
        connection.Start(
            new InboundFrameHandler(_remoting, this),
            new FrameEncoder(_remoting, this),
            queue,
            _remoting.Settings.FlushThreshold,
            firstFrame,
            OnConnectionClosed);
        lock (_lock)
        {
            if (ReferenceEquals(_connection, connection))
            {
                ResendUnacknowledged();
            }
        }
    }

    /// <summary>Closes the link (if any) after telling the peer this member shuts down; later sends are dropped.</summary>
    public Task ShutdownAsync()
    {
        Connection? connection;
        lock (_lock)
        {
            connection = _state == AssociationState.Active ? _connection : null;
            if (connection is not null)
            {
                CloseGracefully(DisassociateReason.Shutdown, $"{_remoting.Address} is shutting down");
            }
            else
            {
                DrainUnstartedQueue();
            }
            _state = AssociationState.ShutDown;
        }
        return connection?.Closed ?? Task.CompletedTask;
    }

    private void Activate(Connection connection, OutboundQueue queue)
    {
        _remoting.Publish(new PeerAssociated(Address, connection.Peer!.Uid));
        _state = AssociationState.Active;
        _connection = connection;
        Volatile.Write(ref _queue, queue);
        Volatile.Write(ref _lastHeard, Now);
        Interlocked.Exchange(ref _overflowReported, 0);
    }

    private void OnConnectionClosed(Connection connection, Exception? cause)
    {
        List<WatchNotification>? notifications = null;
        lock (_lock)
        {
            if (!ReferenceEquals(_connection, connection))
            {
                return;
            }
            Detach();
            _remoting.Publish(new PeerDisassociated(Address, connection.Peer!.Uid, cause?.Message ?? "closed"));
            switch (cause)
            {
                case PeerDisassociatedException { Reason: DisassociateReason.Shutdown }:
                    RemoteLog.PeerShutDown(_remoting.Logger, Address.ToString(), _peerUid);
                    notifications = IncarnationGone(_peerUid, "it shut down", quarantine: true);
                    _state = AssociationState.Idle;
                    break;
                case PeerDisassociatedException { Reason: DisassociateReason.Quarantined } quarantined:
                    RemoteLog.QuarantinedByPeer(_remoting.Logger, Address.ToString(), quarantined.Detail);
                    notifications = IncarnationGone(_peerUid, "it quarantined this member", quarantine: true);
                    Gate();
                    break;
                case PeerDisassociatedException { Reason: DisassociateReason.Duplicate }:
                    _state = AssociationState.Idle;
                    break;
                case MalformedFrameException or PeerDisassociatedException:
                    _remoting.Metrics.AddProtocolErrorClose();
                    RemoteLog.LinkClosedOnProtocolError(_remoting.Logger, connection.PeerDescription, cause.Message);
                    Gate();
                    break;
                default:
                    RemoteLog.LinkLost(_remoting.Logger, connection.PeerDescription, cause?.Message ?? "closed");
                    Gate();
                    break;
            }
        }
        WatchNotification.DeliverAll(notifications);
    }

    /// <summary>Drops the queued frames of a link that never started (its write loop would have counted them).</summary>
    private void DrainUnstartedQueue()
    {
        if (Interlocked.Exchange(ref _queue, null) is not { } queue)
        {
            return;
        }
        queue.Complete();
        var dropped = 0L;
        while (queue.TryRead(out var envelope))
        {
            if (envelope.Type == FrameType.User)
            {
                dropped++;
            }
        }
        Interlocked.Add(ref _queuedUserMessages, -dropped);
        _remoting.Metrics.AddDroppedOnLinkLoss(dropped);
    }

    /// <summary>Forgets the open link and completes its queue (its write loop drops what is left); returns the link.</summary>
    private Connection? Detach()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null && Interlocked.Exchange(ref _queue, null) is { } queue)
        {
            queue.Complete();
        }
        return connection;
    }

    /// <summary>Sends a last <see cref="FrameType.Disassociate"/> after what is queued, then closes the link.</summary>
    private void CloseGracefully(DisassociateReason reason, string detail)
    {
        var connection = _connection;
        _queue?.TryWrite(OutboundEnvelope.Disassociate(reason, detail));
        Detach();
        if (connection is not null)
        {
            _ = CloseAfterGraceAsync(connection);
        }
    }

    private async Task CloseAfterGraceAsync(Connection connection)
    {
        await Task.WhenAny(connection.Closed, Task.Delay(TimeSpan.FromSeconds(2), _remoting.TimeProvider)).ConfigureAwait(false);
        connection.Close(null);
    }

    private void Gate()
    {
        if (_state == AssociationState.ShutDown)
        {
            return;
        }
        _state = AssociationState.Gated;
        _gatedUntil = Now + _remoting.ToTimestampTicks(_remoting.Settings.RetryGateClosedFor);
        _droppedWhileGated = 0;
    }

    private void OpenGateIfDue()
    {
        if (_state != AssociationState.Gated || Now < _gatedUntil)
        {
            return;
        }
        if (_droppedWhileGated > 0)
        {
            RemoteLog.DroppedWhileGated(_remoting.Logger, _droppedWhileGated, Address.ToString());
        }
        _droppedWhileGated = 0;
        _state = AssociationState.Idle;
    }
}
