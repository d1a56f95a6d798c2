namespace ActorOrchestrator.Actors;

/// <summary>
/// A lightweight ref that is not an actor: every message is handed to a callback on the sender's thread. It can
/// watch actors (their <see cref="Terminated"/> arrives through the callback, exactly once) and be watched;
/// disposing it stops it (watchers are told, later messages become dead letters).
/// </summary>
public interface IFunctionRef : IActorRef, IDisposable
{
    bool IsStopped { get; }

    void Watch(IActorRef subject);

    void Unwatch(IActorRef subject);
}
