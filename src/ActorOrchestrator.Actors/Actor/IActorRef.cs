namespace ActorOrchestrator.Actors;

/// <summary>
/// A handle to one incarnation of an actor. Messages sent to a ref whose actor has stopped become dead letters;
/// re-creating an actor at the same path yields a different ref (new <see cref="ActorPath.Uid"/>).
/// </summary>
public interface IActorRef : IEquatable<IActorRef>
{
    /// <summary>Hierarchical name of the actor, e.g. <c>ao://system/user/parent/child</c>, with its incarnation uid.</summary>
    ActorPath Path { get; }

    /// <summary>Enqueues <paramref name="message"/> with <paramref name="sender"/> as the reply address; never blocks.</summary>
    void Tell(object message, IActorRef? sender);
}
