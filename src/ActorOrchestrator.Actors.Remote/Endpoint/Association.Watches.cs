namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Death watch across members and the end of a peer incarnation: when it shuts down, restarts with a new UID, is
/// unreachable or cannot take its system messages, every remote actor watched in it is reported terminated and the
/// UID is quarantined for good.
/// </summary>
internal sealed partial class Association
{
    /// <summary>Starts watching <paramref name="actor"/> for <paramref name="watcher"/>.</summary>
    public void Watch(RemoteActorRef actor, IActorRef watcher)
    {
        lock (_lock)
        {
            if (_state != AssociationState.ShutDown && _watching.Add(actor, watcher))
            {
                SendSystemLocked(new RemoteSystemMessage(SystemMessageKind.Watch, actor.RelativePath));
            }
        }
    }

    public void Unwatch(RemoteActorRef actor, IActorRef watcher)
    {
        lock (_lock)
        {
            if (_watching.Remove(actor, watcher) && _state != AssociationState.ShutDown)
            {
                SendSystemLocked(new RemoteSystemMessage(SystemMessageKind.Unwatch, actor.RelativePath));
            }
        }
    }

    /// <summary>Quarantines the peer incarnation <paramref name="uid"/> if it is still the one this member talks to.</summary>
    public void Quarantine(long uid, string reason)
    {
        List<WatchNotification>? notifications;
        lock (_lock)
        {
            if (uid == 0 || uid != _peerUid)
            {
                _remoting.QuarantinedIncarnations.Add(Address, uid, reason);
                return;
            }
            notifications = QuarantineLocked(reason);
        }
        WatchNotification.DeliverAll(notifications);
    }

    /// <summary>
    /// Ends the current peer incarnation: its watched actors are reported terminated, its UID quarantined, the peer told
    /// (when a link is open) and the address gated.
    /// </summary>
    private List<WatchNotification>? QuarantineLocked(string reason)
    {
        var uid = _peerUid;
        var notifications = IncarnationGone(uid, reason, quarantine: true);
        if (uid != 0)
        {
            _remoting.Metrics.AddQuarantine();
            RemoteLog.Quarantined(_remoting.Logger, Address.ToString(), uid, reason);
        }
        else
        {
            RemoteLog.UnreachableBeforeHandshake(_remoting.Logger, Address.ToString(), reason);
        }
        if (_state == AssociationState.Active)
        {
            CloseGracefully(DisassociateReason.Quarantined, $"{_remoting.Address} quarantined incarnation {uid} of {Address}: {reason}");
        }
        else
        {
            DrainUnstartedQueue();
        }
        Gate();
        return notifications;
    }

    /// <summary>Notes the UID of a handshake; a different UID than before means the previous incarnation is gone.</summary>
    private List<WatchNotification>? ObservePeerUid(long uid)
    {
        List<WatchNotification>? notifications = null;
        if (_peerUid != 0 && _peerUid != uid)
        {
            notifications = IncarnationGone(_peerUid, $"it restarted as incarnation {uid}", quarantine: true);
        }
        _peerUid = uid;
        return notifications;
    }

    /// <summary>
    /// Forgets everything tied to incarnation <paramref name="uid"/> (0 = never known): watches become Terminated with
    /// AddressTerminated, system-message state starts over, watches held for the peer are dropped.
    /// </summary>
    private List<WatchNotification>? IncarnationGone(long uid, string reason, bool quarantine)
    {
        if (quarantine && uid != 0)
        {
            _remoting.QuarantinedIncarnations.Add(Address, uid, reason);
            _remoting.Publish(new PeerQuarantined(Address, uid, reason));
        }
        List<WatchNotification>? notifications = null;
        foreach (var (actor, watchers) in _watching.TakeAll())
        {
            notifications ??= [];
            notifications.AddRange(watchers.Select(w => new WatchNotification(w, actor, ExistenceConfirmed: false, AddressTerminated: true)));
        }
        _watchedBy.Clear();
        _outbox.Reset();
        _inbox.Reset();
        _monitoringSince = 0;
        _peerUid = 0;
        return notifications;
    }

    /// <summary>A local actor the peer watches has stopped: tell the peer under every path it watched it by.</summary>
    private void OnLocalWatcheeTerminated(IActorRef actor)
    {
        lock (_lock)
        {
            foreach (var path in _watchedBy.TakePathsOf(actor))
            {
                SendSystemLocked(new RemoteSystemMessage(SystemMessageKind.DeathWatchNotification, path));
            }
        }
    }
}
