namespace ActorOrchestrator.Actors;

/// <summary>Well-known refs.</summary>
public static class ActorRefs
{
    /// <summary>Pass as the sender when there is no one to reply to; replies then go to dead letters.</summary>
    public static IActorRef? NoSender => null;

    /// <summary>A ref to no actor: everything sent to it is dropped, Ask on it fails at once, watching it yields Terminated.</summary>
    public static IActorRef Nobody => NobodyRef.Instance;
}
