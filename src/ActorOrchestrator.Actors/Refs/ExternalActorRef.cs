namespace ActorOrchestrator.Actors;

/// <summary>
/// A ref implemented outside the kernel (remoting): it can be told, asked, watched and used as a sender like a
/// local ref. The kernel reports watches to <see cref="OnWatch"/>/<see cref="OnUnwatch"/>; the extension reports the
/// death of the actor behind it with <see cref="NotifyWatcherTerminated"/>, which each watcher turns into exactly
/// one <see cref="Terminated"/>.
/// </summary>
public abstract class ExternalActorRef : InternalActorRef
{
    private readonly ActorSystem _system;
    private readonly ActorPath _path;

    /// <param name="system">The local system that owns this ref (its scheduler and settings serve Ask).</param>
    /// <param name="path">The full path of the actor, usually with an address.</param>
    protected ExternalActorRef(ActorSystem system, ActorPath path)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(path);
        _system = system;
        _path = path;
    }

    public sealed override ActorPath Path => _path;

    /// <summary>The local system that owns this ref.</summary>
    protected ActorSystem System => _system;

    internal sealed override ActorSystem OwnerSystem => _system;

    internal sealed override void SendSystemMessage(SystemMessage message)
    {
        switch (message)
        {
            case Watch watch:
                OnWatch(watch.Watcher);
                break;
            case Unwatch unwatch:
                OnUnwatch(unwatch.Watcher);
                break;
        }
    }

    /// <summary>A local watcher (actor, function ref, inbox, Ask promise) started watching this ref.</summary>
    protected abstract void OnWatch(IActorRef watcher);

    /// <summary>A local watcher stopped watching this ref.</summary>
    protected abstract void OnUnwatch(IActorRef watcher);

    /// <summary>Tells <paramref name="watcher"/> that the actor behind this ref is gone (through its system queue).</summary>
    protected void NotifyWatcherTerminated(IActorRef watcher, bool existenceConfirmed, bool addressTerminated)
    {
        if (watcher is InternalActorRef target)
        {
            target.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed, addressTerminated));
        }
    }
}
