namespace ActorOrchestrator.Actors;

/// <summary>A fixed-size block of <see cref="UserMessageQueue"/>; producers reserve slots with one atomic increment.</summary>
internal sealed class MessageQueueSegment(int length)
{
    public readonly MailboxSlot[] Slots = new MailboxSlot[length];

    /// <summary>Number of slots handed out to producers; grows past the length once the segment is full.</summary>
    public int Reserved;

    /// <summary>Number of slots the consumer has taken (consumer only).</summary>
    public int Consumed;

    public MessageQueueSegment? Next;
}
