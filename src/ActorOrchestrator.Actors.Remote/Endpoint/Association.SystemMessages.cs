namespace ActorOrchestrator.Actors.Remote;

/// <summary>Reliable, ordered delivery of watch, unwatch and death notifications to the peer incarnation.</summary>
internal sealed partial class Association
{
    /// <summary>The read loop got a system message from the peer.</summary>
    public void ReceiveSystem(long sequence, RemoteSystemMessage message)
    {
        List<WatchNotification>? notifications = null;
        lock (_lock)
        {
            if (!_inbox.Accept(sequence))
            {
                return;
            }
            switch (message.Kind)
            {
                case SystemMessageKind.Watch:
                    var actor = _remoting.Provider.ResolveLocal(message.Path);
                    if (ReferenceEquals(actor, _remoting.System.DeadLetters))
                    {
                        SendSystemLocked(new RemoteSystemMessage(SystemMessageKind.DeathWatchNotification, message.Path, ExistenceConfirmed: false));
                    }
                    else
                    {
                        _watchedBy.Watch(message.Path, actor);
                    }
                    break;
                case SystemMessageKind.Unwatch:
                    _watchedBy.Unwatch(message.Path);
                    break;
                case SystemMessageKind.DeathWatchNotification:
                    if (_watching.Take(message.Path) is { } watched)
                    {
                        notifications = [.. watched.Watchers.Select(w => new WatchNotification(w, watched.Actor, message.ExistenceConfirmed, AddressTerminated: false))];
                    }
                    break;
            }
        }
        WatchNotification.DeliverAll(notifications);
    }

    /// <summary>The peer acknowledged every system message up to <paramref name="sequence"/>.</summary>
    public void ReceiveAck(long sequence)
    {
        lock (_lock)
        {
            _outbox.Acknowledge(sequence, Now);
        }
    }

    /// <summary>Acknowledges, on the open link, every system message received in order so far.</summary>
    public void SendAck()
    {
        lock (_lock)
        {
            TryEnqueueControl(OutboundEnvelope.Ack(_inbox.Acknowledged));
        }
    }

    /// <summary>
    /// Numbers <paramref name="message"/>, keeps it until acknowledged and sends it when a link is open (opening one if
    /// needed). A full buffer means the peer cannot keep up or is gone: its incarnation is quarantined.
    /// </summary>
    private void SendSystemLocked(RemoteSystemMessage message)
    {
        var now = Now;
        if (!_outbox.TryAdd(message, now, out var sequence))
        {
            var notifications = QuarantineLocked($"its system-message buffer overflowed ({_remoting.Settings.SystemMessageBufferSize} unacknowledged)");
            _ = Task.Run(() => WatchNotification.DeliverAll(notifications));
            return;
        }
        if (_monitoringSince == 0)
        {
            _monitoringSince = now;
        }
        if (!TryEnqueueControl(OutboundEnvelope.System(sequence, message)) && _state == AssociationState.Idle)
        {
            StartConnecting();
        }
    }

    private void ResendUnacknowledged()
    {
        foreach (var (sequence, message) in _outbox.Unacknowledged)
        {
            if (!TryEnqueueControl(OutboundEnvelope.System(sequence, message)))
            {
                return;
            }
        }
    }
}
