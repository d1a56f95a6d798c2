namespace ActorOrchestrator.Actors;

/// <summary>One queued user message. <see cref="Message"/> is written last: non-null means published.</summary>
internal struct MailboxSlot
{
    public object? Message;
    public IActorRef? Sender;
}
