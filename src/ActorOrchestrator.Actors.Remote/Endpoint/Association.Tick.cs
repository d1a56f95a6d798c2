namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// The periodic duties of an association: heartbeats, resending unacknowledged system messages, opening the gate,
/// reconnecting while something depends on the peer, and the failure detector.
/// </summary>
internal sealed partial class Association
{
    /// <summary>Runs once per heartbeat interval.</summary>
    public void Tick()
    {
        List<WatchNotification>? notifications = null;
        lock (_lock)
        {
            var now = Now;
            var settings = _remoting.Settings;
            OpenGateIfDue();
            if (_state == AssociationState.WaitingForPeer && now - _waitingSince > _remoting.ToTimestampTicks(settings.HandshakeTimeout))
            {
                DrainUnstartedQueue();
                _state = AssociationState.Idle;
            }
            if (IsMonitored)
            {
                notifications = DetectFailure(now);
            }
            else
            {
                _monitoringSince = 0;
            }
            if (_state == AssociationState.Active)
            {
                if (_outbox.IsResendDue(now, _remoting.ToTimestampTicks(settings.SystemMessageResendInterval)))
                {
                    ResendUnacknowledged();
                }
                TryEnqueueControl(OutboundEnvelope.Heartbeat());
            }
        }
        WatchNotification.DeliverAll(notifications);
    }

    /// <summary>Something depends on hearing from the peer: watches either way or system messages awaiting an ack.</summary>
    private bool IsMonitored => _watching.Count > 0 || _watchedBy.Count > 0 || _outbox.Count > 0;

    private List<WatchNotification>? DetectFailure(long now)
    {
        var settings = _remoting.Settings;
        if (_monitoringSince == 0)
        {
            _monitoringSince = now;
        }
        var lastSign = Math.Max(Volatile.Read(ref _lastHeard), _monitoringSince);
        if (now - lastSign > _remoting.ToTimestampTicks(settings.AcceptableHeartbeatPause))
        {
            return QuarantineLocked($"nothing heard from it for {_remoting.ToTimeSpan(now - lastSign).TotalSeconds:0.#} s (acceptable-heartbeat-pause {settings.AcceptableHeartbeatPause.TotalSeconds:0.#} s)");
        }
        if (_outbox.Count > 0 && now - _outbox.OldestEnqueuedAt > _remoting.ToTimestampTicks(settings.SystemMessageDeliveryTimeout))
        {
            return QuarantineLocked($"a system message stayed unacknowledged for longer than {settings.SystemMessageDeliveryTimeout.TotalSeconds:0.#} s (system-message-delivery-timeout)");
        }
        if (_state == AssociationState.Idle)
        {
            StartConnecting();
        }
        return null;
    }
}
