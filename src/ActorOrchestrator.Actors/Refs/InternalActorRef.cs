namespace ActorOrchestrator.Actors;

/// <summary>
/// Base of every ref the runtime can watch, ask and stop. Only the kernel derives from it directly; extensions
/// (remoting) derive from <see cref="ExternalActorRef"/>. One object exists per incarnation, so equality is identity.
/// </summary>
public abstract class InternalActorRef : IActorRef
{
    private protected InternalActorRef()
    {
    }

    public abstract ActorPath Path { get; }

    /// <summary>True once the actor behind this ref has stopped for good.</summary>
    public abstract bool IsTerminated { get; }

    /// <summary>The system this ref lives in; null for refs that belong to none (Nobody).</summary>
    internal virtual ActorSystem? OwnerSystem => null;

    public abstract void Tell(object message, IActorRef? sender);

    internal abstract void SendSystemMessage(SystemMessage message);

    public bool Equals(IActorRef? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"[{Path.ToStringWithUid()}]";

    /// <summary>Answers system messages sent to a ref that can no longer act: a watcher learns at once that it is dead.</summary>
    private protected void ReplyAsDead(SystemMessage message)
    {
        if (message is Watch watch && !ReferenceEquals(watch.Watcher, this))
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: false, addressTerminated: false));
        }
    }
}
