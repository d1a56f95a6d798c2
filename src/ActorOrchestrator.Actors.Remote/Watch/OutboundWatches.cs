namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Local watchers of the actors of one peer, by the wire path they were watched under; the peer is sent one Watch per
/// path however many local watchers there are. Not thread-safe (guarded by the association).
/// </summary>
internal sealed class OutboundWatches
{
    private readonly Dictionary<string, (RemoteActorRef Actor, List<IActorRef> Watchers)> _byPath = new(StringComparer.Ordinal);

    public int Count => _byPath.Count;

    /// <summary>Adds a watcher; true when it is the first for that actor (the peer must be sent a Watch).</summary>
    public bool Add(RemoteActorRef actor, IActorRef watcher)
    {
        if (_byPath.TryGetValue(actor.RelativePath, out var entry))
        {
            if (!entry.Watchers.Contains(watcher))
            {
                entry.Watchers.Add(watcher);
            }
            return false;
        }
        _byPath.Add(actor.RelativePath, (actor, [watcher]));
        return true;
    }

    /// <summary>Removes a watcher; true when it was the last for that actor (the peer must be sent an Unwatch).</summary>
    public bool Remove(RemoteActorRef actor, IActorRef watcher)
    {
        if (!_byPath.TryGetValue(actor.RelativePath, out var entry) || !entry.Watchers.Remove(watcher) || entry.Watchers.Count > 0)
        {
            return false;
        }
        _byPath.Remove(actor.RelativePath);
        return true;
    }

    /// <summary>Removes and returns the watchers of the actor at <paramref name="path"/> (none when not watched).</summary>
    public (RemoteActorRef Actor, List<IActorRef> Watchers)? Take(string path) =>
        _byPath.Remove(path, out var entry) ? entry : null;

    /// <summary>Removes and returns every watched actor with its watchers.</summary>
    public List<(RemoteActorRef Actor, List<IActorRef> Watchers)> TakeAll()
    {
        var all = _byPath.Values.ToList();
        _byPath.Clear();
        return all;
    }
}
