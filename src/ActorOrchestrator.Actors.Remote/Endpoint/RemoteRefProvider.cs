using System.Collections.Concurrent;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Turns paths into refs and refs into paths for one remoting instance: remote refs (one object per address and
/// path while referenced), local refs resolved from incoming paths, and the full path of any ref for the wire.
/// </summary>
internal sealed class RemoteRefProvider(Remoting remoting)
{
    [ThreadStatic]
    private static RemoteRefProvider? t_current;

    private readonly ConcurrentDictionary<(RemoteAddress Address, string Path), WeakReference<RemoteActorRef>> _remoteRefs = new();
    private readonly ActorPath _localRoot = ActorPath.Root(remoting.System.Name);

    /// <summary>The provider of the link that is serializing or deserializing a message on this thread.</summary>
    public static RemoteRefProvider? Current => t_current;

    /// <summary>Makes this provider <see cref="Current"/> until the returned scope is disposed.</summary>
    public CurrentScope Enter()
    {
        var previous = t_current;
        t_current = this;
        return new CurrentScope(previous);
    }

    /// <summary>The ref for <paramref name="relativePath"/> (<c>/user/a</c>, optionally <c>#uid</c>) in <paramref name="address"/>.</summary>
    public IActorRef RefFor(RemoteAddress address, string relativePath) =>
        address.Equals(remoting.Address) ? ResolveLocal(relativePath) : RemoteRef(address, relativePath);

    public RemoteActorRef RemoteRef(RemoteAddress address, string relativePath)
    {
        var key = (address, relativePath);
        while (true)
        {
            if (_remoteRefs.TryGetValue(key, out var weak))
            {
                if (weak.TryGetTarget(out var existing))
                {
                    return existing;
                }
                var fresh = NewRemoteRef(address, relativePath);
                if (_remoteRefs.TryUpdate(key, new WeakReference<RemoteActorRef>(fresh), weak))
                {
                    return fresh;
                }
                continue;
            }
            var created = NewRemoteRef(address, relativePath);
            if (_remoteRefs.TryAdd(key, new WeakReference<RemoteActorRef>(created)))
            {
                return created;
            }
        }
    }

    /// <summary>The ref named by <c>ao://system@host:port/path#uid</c>; throws <see cref="FormatException"/> for other text.</summary>
    public IActorRef ResolveFullPath(string text)
    {
        if (!RemoteAddress.TryParse(text, out var address, out var rest) || RelativePath.Below(_localRoot, rest) is null)
        {
            throw new FormatException($"'{text}' is not an actor address like ao://system@host:2552/user/name");
        }
        return RefFor(address, rest);
    }

    /// <summary>The local actor at <paramref name="relativePath"/>, or dead letters when there is none.</summary>
    public IActorRef ResolveLocal(string relativePath) => ResolveLocal(LocalPath(relativePath));

    /// <summary>The local actor at <paramref name="path"/> (null allowed), or dead letters when there is none.</summary>
    public IActorRef ResolveLocal(ActorPath? path) =>
        (path is null ? null : remoting.System.ResolveLocal(path)) ?? remoting.System.DeadLetters;

    /// <summary>The local path for <paramref name="relativePath"/>; null when it is not a path.</summary>
    public ActorPath? LocalPath(string relativePath) => RelativePath.Below(_localRoot, relativePath);

    /// <summary><c>ao://system@host:port/path#uid</c> of any ref.</summary>
    public string FullPathOf(IActorRef actor) => actor switch
    {
        RemoteActorRef remote => remote.FullPath,
        _ => remoting.Address + RelativePath.Of(actor.Path),
    };

    /// <summary>True for refs under <c>/temp</c> (Ask replies, function refs): short-lived, not worth a table entry.</summary>
    public static bool IsTemporary(IActorRef actor) => actor.Path.Elements is ["temp", ..];

    /// <summary>Drops cache entries of refs nobody holds any more.</summary>
    public void Sweep()
    {
        foreach (var (key, weak) in _remoteRefs)
        {
            if (!weak.TryGetTarget(out _))
            {
                _remoteRefs.TryRemove(new KeyValuePair<(RemoteAddress, string), WeakReference<RemoteActorRef>>(key, weak));
            }
        }
    }

    private RemoteActorRef NewRemoteRef(RemoteAddress address, string relativePath)
    {
        var path = RelativePath.Below(ActorPath.Root(address.System, address.HostPort), relativePath)
            ?? throw new FormatException($"'{relativePath}' is not an actor path like /user/name");
        return new RemoteActorRef(remoting.System, remoting.Associations.GetOrCreate(address), relativePath, path);
    }

    /// <summary>Restores the previous <see cref="Current"/>.</summary>
    public readonly struct CurrentScope(RemoteRefProvider? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
