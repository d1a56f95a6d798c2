namespace ActorOrchestrator.Actors;

/// <summary>Asks <see cref="Watchee"/> to tell <see cref="Watcher"/> when it stops.</summary>
internal sealed class Watch(InternalActorRef watchee, InternalActorRef watcher) : SystemMessage
{
    public InternalActorRef Watchee { get; } = watchee;

    public InternalActorRef Watcher { get; } = watcher;
}
