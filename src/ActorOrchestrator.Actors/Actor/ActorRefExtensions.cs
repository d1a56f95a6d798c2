namespace ActorOrchestrator.Actors;

/// <summary>Akka-style shortcuts: implicit sender and forwarding.</summary>
public static class ActorRefExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> with the current actor as sender when called from inside an actor's
    /// message handler; outside actors the sender is the system's external default sender (the TestKit's
    /// TestActor in specs), or none.
    /// </summary>
    public static void Tell(this IActorRef receiver, object message)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        receiver.Tell(message, (IActorRef?)ActorCell.Current ?? (receiver as InternalActorRef)?.OwnerSystem?.ExternalDefaultSender);
    }

    /// <summary>Sends <paramref name="message"/> keeping the sender of the message currently being handled.</summary>
    /// <exception cref="InvalidOperationException">Called outside an actor's message handler.</exception>
    public static void Forward(this IActorRef receiver, object message)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var current = ActorCell.Current
            ?? throw new InvalidOperationException("Forward can only be used inside an actor's message handler, where there is a current sender");
        receiver.Tell(message, current.Sender);
    }

    /// <summary>True when the ref is <see cref="ActorRefs.Nobody"/> or null.</summary>
    public static bool IsNobody(this IActorRef? actorRef) => actorRef is null or NobodyRef;
}
