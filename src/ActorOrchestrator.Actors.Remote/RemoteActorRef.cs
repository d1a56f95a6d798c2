namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// A ref to an actor in another member: its address, its path there and (when known) its incarnation uid, all in
/// <see cref="ActorPath"/> (<c>ao://system@host:port/user/a</c>). Telling it serializes the message onto the link to
/// that member; watching it watches across the link. One object exists per address and path while it is referenced,
/// so refs compare by identity like local ones.
/// </summary>
public sealed class RemoteActorRef : ExternalActorRef
{
    private readonly Association _association;

    internal RemoteActorRef(ActorSystem system, Association association, string relativePath, ActorPath path)
        : base(system, path)
    {
        _association = association;
        RelativePath = relativePath;
        FullPath = association.Address + relativePath;
    }

    /// <summary>The member the actor lives in.</summary>
    public RemoteAddress Address => _association.Address;

    /// <summary>Full address of the actor: <c>ao://system@host:port/user/a#uid</c>.</summary>
    public string FullPath { get; }

    /// <summary>Always false: a remote actor's end is learnt through death watch, not known up front.</summary>
    public override bool IsTerminated => false;

    /// <summary>Path below the address as sent on the wire, e.g. <c>/user/a#42</c>.</summary>
    internal string RelativePath { get; }

    internal Association Association => _association;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        _association.Send(message, sender, this);
    }

    public override string ToString() => $"[{FullPath}]";

    /// <summary>Delivers the Terminated of this actor to a local watcher.</summary>
    internal void NotifyTerminated(IActorRef watcher, bool existenceConfirmed, bool addressTerminated) =>
        NotifyWatcherTerminated(watcher, existenceConfirmed, addressTerminated);

    protected override void OnWatch(IActorRef watcher) => _association.Watch(this, watcher);

    protected override void OnUnwatch(IActorRef watcher) => _association.Unwatch(this, watcher);
}
