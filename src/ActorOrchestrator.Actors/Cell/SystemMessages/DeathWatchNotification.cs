namespace ActorOrchestrator.Actors;

/// <summary>Tells a watcher (or the parent) that <see cref="Actor"/> has stopped.</summary>
internal sealed class DeathWatchNotification(InternalActorRef actor, bool existenceConfirmed, bool addressTerminated) : SystemMessage
{
    public InternalActorRef Actor { get; } = actor;

    public bool ExistenceConfirmed { get; } = existenceConfirmed;

    public bool AddressTerminated { get; } = addressTerminated;
}
