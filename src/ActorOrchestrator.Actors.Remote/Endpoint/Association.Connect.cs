namespace ActorOrchestrator.Actors.Remote;

/// <summary>Opening a link to the peer: connect, exchange handshakes, then activate it unless another link won.</summary>
internal sealed partial class Association
{
    private OutboundQueue StartConnecting()
    {
        _state = AssociationState.Connecting;
        var queue = NewQueue();
        Volatile.Write(ref _queue, queue);
        var attempt = ++_connectAttempt;
        _ = Task.Run(() => ConnectAsync(attempt));
        return queue;
    }

    private async Task ConnectAsync(int attempt)
    {
        var settings = _remoting.Settings;
        Connection? connection = null;
        try
        {
            connection = await Connection.ConnectAsync(Address, settings.ConnectionTimeout, settings.MaximumFrameSize, _remoting.ShutdownToken).ConfigureAwait(false);
            await connection.WriteFrameAsync(_remoting.HandshakeFrame, _remoting.ShutdownToken).ConfigureAwait(false);
            var handshake = await connection.ReadHandshakeAsync(settings.HandshakeTimeout, _remoting.ShutdownToken).ConfigureAwait(false);
            connection.Peer = handshake;
            if (_remoting.CheckHandshake(handshake, expected: Address) is { } problem)
            {
                await _remoting.RejectAsync(connection, DisassociateReason.HandshakeRejected, problem).ConfigureAwait(false);
                FailAttempt(attempt, $"its handshake was rejected: {problem}");
                return;
            }
            CompleteOutbound(attempt, connection, handshake);
        }
        catch (PeerDisassociatedException e) when (e.Reason == DisassociateReason.Duplicate)
        {
            connection?.Close(null);
            lock (_lock)
            {
                if (attempt == _connectAttempt && _state == AssociationState.Connecting)
                {
                    _state = AssociationState.WaitingForPeer;
                    _waitingSince = Now;
                }
            }
        }
        catch (PeerDisassociatedException e) when (e.Reason == DisassociateReason.Quarantined)
        {
            connection?.Close(null);
            RemoteLog.QuarantinedByPeer(_remoting.Logger, Address.ToString(), e.Detail);
            FailAttempt(attempt, "the peer has quarantined this member");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            connection?.Close(null);
            if (!_remoting.ShutdownToken.IsCancellationRequested)
            {
                FailAttempt(attempt, e.Message);
            }
        }
    }

    private void CompleteOutbound(int attempt, Connection connection, Handshake handshake)
    {
        List<WatchNotification>? notifications = null;
        OutboundQueue? queue = null;
        string? refusal = null;
        var reason = DisassociateReason.Duplicate;
        lock (_lock)
        {
            if (attempt != _connectAttempt || _state != AssociationState.Connecting)
            {
                refusal = "another link to this member was kept";
            }
            else if (_remoting.QuarantinedIncarnations.IsQuarantined(Address, handshake.Uid))
            {
                refusal = $"{_remoting.Address} quarantined incarnation {handshake.Uid} of {Address}; it must restart to associate again";
                reason = DisassociateReason.Quarantined;
            }
            else
            {
                notifications = ObservePeerUid(handshake.Uid);
                queue = _queue!;
                Activate(connection, queue);
            }
        }
        if (refusal is not null)
        {
            _ = _remoting.RejectAsync(connection, reason, refusal);
            if (reason == DisassociateReason.Quarantined)
            {
                FailAttempt(attempt, refusal);
            }
            return;
        }
        WatchNotification.DeliverAll(notifications);
        RemoteLog.Associated(_remoting.Logger, Address.ToString(), handshake.Uid, "outbound");
        Run(connection, queue!);
    }

    private void FailAttempt(int attempt, string reason)
    {
        lock (_lock)
        {
            if (attempt != _connectAttempt || _state is not (AssociationState.Connecting or AssociationState.WaitingForPeer))
            {
                return;
            }
            RemoteLog.AssociationFailed(_remoting.Logger, Address.ToString(), reason, _remoting.Settings.RetryGateClosedFor.TotalSeconds);
            DrainUnstartedQueue();
            Gate();
        }
    }
}
