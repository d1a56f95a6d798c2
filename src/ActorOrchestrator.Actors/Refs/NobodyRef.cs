namespace ActorOrchestrator.Actors;

/// <summary><see cref="ActorRefs.Nobody"/>: drops everything, is always terminated.</summary>
internal sealed class NobodyRef : InternalActorRef
{
    private NobodyRef()
    {
    }

    public static NobodyRef Instance { get; } = new();

    public override ActorPath Path { get; } = new ActorPath(new ActorPath("all-systems"), "Nobody", 0);

    public override bool IsTerminated => true;

    public override void Tell(object message, IActorRef? sender)
    {
        if (message is Identify identify)
        {
            sender?.Tell(new ActorIdentity(identify.MessageId, null), this);
        }
    }

    internal override void SendSystemMessage(SystemMessage message) => ReplyAsDead(message);
}
