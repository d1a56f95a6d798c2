namespace ActorOrchestrator.Actors.Remote;

/// <summary>One frame waiting to be written to a link.</summary>
internal readonly struct OutboundEnvelope
{
    private OutboundEnvelope(FrameType type, object? payload, IActorRef? sender, RemoteActorRef? recipient, long number)
    {
        Type = type;
        Payload = payload;
        Sender = sender;
        Recipient = recipient;
        Number = number;
    }

    public FrameType Type { get; }

    /// <summary>The user message, the <see cref="RemoteSystemMessage"/>, or the disassociation detail text.</summary>
    public object? Payload { get; }

    public IActorRef? Sender { get; }

    public RemoteActorRef? Recipient { get; }

    /// <summary>Sequence number (system message), acknowledged sequence number (ack) or reason (disassociate).</summary>
    public long Number { get; }

    public static OutboundEnvelope User(object message, IActorRef? sender, RemoteActorRef recipient) => new(FrameType.User, message, sender, recipient, 0);

    public static OutboundEnvelope System(long sequence, RemoteSystemMessage message) => new(FrameType.System, message, null, null, sequence);

    public static OutboundEnvelope Ack(long sequence) => new(FrameType.Ack, null, null, null, sequence);

    public static OutboundEnvelope Heartbeat() => new(FrameType.Heartbeat, null, null, null, 0);

    public static OutboundEnvelope Disassociate(DisassociateReason reason, string detail) => new(FrameType.Disassociate, detail, null, null, (long)reason);
}
