namespace ActorOrchestrator.Actors;

/// <summary>An actor did not handle the <see cref="Terminated"/> of an actor it watched; the default supervisor stops it.</summary>
public sealed class DeathPactException : Exception
{
    public DeathPactException(IActorRef deadActor)
        : base($"Monitored actor {deadActor.Path} terminated and its Terminated message was not handled")
    {
        DeadActor = deadActor;
    }

    public IActorRef DeadActor { get; }
}
