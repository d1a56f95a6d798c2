namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Local actors watched by one peer. A function ref watches them on the peer's behalf; when one stops, every wire
/// path the peer watched it under is handed to <c>onTerminated</c>. Not thread-safe (guarded by the association).
/// </summary>
internal sealed class InboundWatches(ActorSystem system, Action<IActorRef> onTerminated)
{
    private readonly Dictionary<string, IActorRef> _byPath = new(StringComparer.Ordinal);
    private IFunctionRef? _proxy;

    public int Count => _byPath.Count;

    public void Watch(string path, IActorRef actor)
    {
        if (!_byPath.TryAdd(path, actor))
        {
            return;
        }
        _proxy ??= system.CreateFunctionRef((message, _) =>
        {
            if (message is Terminated terminated)
            {
                onTerminated(terminated.ActorRef);
            }
        });
        _proxy.Watch(actor);
    }

    public void Unwatch(string path)
    {
        if (!_byPath.Remove(path, out var actor))
        {
            return;
        }
        if (!_byPath.ContainsValue(actor))
        {
            _proxy?.Unwatch(actor);
        }
    }

    /// <summary>Removes and returns every path <paramref name="actor"/> was watched under.</summary>
    public List<string> TakePathsOf(IActorRef actor)
    {
        var paths = new List<string>();
        foreach (var (path, watched) in _byPath)
        {
            if (ReferenceEquals(watched, actor))
            {
                paths.Add(path);
            }
        }
        foreach (var path in paths)
        {
            _byPath.Remove(path);
        }
        return paths;
    }

    /// <summary>Stops watching everything (the peer incarnation is gone).</summary>
    public void Clear()
    {
        _byPath.Clear();
        _proxy?.Dispose();
        _proxy = null;
    }
}
