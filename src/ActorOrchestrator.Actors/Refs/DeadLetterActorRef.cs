namespace ActorOrchestrator.Actors;

/// <summary>
/// The system's dead-letter office: every message that could not be delivered ends here, is published on the
/// event stream as <see cref="DeadLetter"/> and logged (rate-limited).
/// </summary>
internal sealed class DeadLetterActorRef(ActorSystem system, ActorPath path) : InternalActorRef
{
    public override ActorPath Path { get; } = path;

    public override bool IsTerminated => false;

    internal override ActorSystem OwnerSystem => system;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case DeadLetter deadLetter:
                Publish(deadLetter);
                break;
            case Identify identify:
                sender?.Tell(new ActorIdentity(identify.MessageId, null), this);
                break;
            default:
                Publish(new DeadLetter(message, sender ?? this, this));
                break;
        }
    }

    /// <summary>Records <paramref name="message"/> as undeliverable to <paramref name="recipient"/>.</summary>
    public void Deliver(object message, IActorRef? sender, IActorRef recipient)
    {
        if (message is Identify identify)
        {
            sender?.Tell(new ActorIdentity(identify.MessageId, null), this);
            return;
        }
        if (message is DeadLetter or Terminated)
        {
            return;
        }
        Publish(new DeadLetter(message, sender ?? this, recipient));
    }

    internal override void SendSystemMessage(SystemMessage message) => ReplyAsDead(message);

    private void Publish(DeadLetter deadLetter)
    {
        system.EventStream.Publish(deadLetter);
        system.DeadLetterLog.Record(deadLetter.Message, deadLetter.Sender, deadLetter.Recipient, unhandled: false);
    }
}
