namespace ActorOrchestrator.Actors;

/// <summary>
/// Lock-free multi-producer single-consumer FIFO of (message, sender) pairs stored inline in segments, so a
/// message costs no allocation. Segments start small and double (idle actors stay compact); when the consumer
/// drains a grown segment it drops it, so a burst does not pin memory. Stored as a field of the cell (a mutable
/// struct: never copy it).
/// </summary>
internal struct UserMessageQueue
{
    private const int FirstSegmentLength = 4;
    private const int MaxSegmentLength = 1024;

    private MessageQueueSegment? _head;
    private MessageQueueSegment? _tail;

    public void Enqueue(object message, IActorRef? sender)
    {
        while (true)
        {
            var tail = Volatile.Read(ref _tail);
            if (tail is null)
            {
                var fresh = new MessageQueueSegment(FirstSegmentLength);
                if (Interlocked.CompareExchange(ref _tail, fresh, null) is null)
                {
                    // Only the producer that installed the first segment publishes it to the consumer; it then
                    // enqueues (and signals) itself, so a consumer that missed the segment is woken again.
                    Volatile.Write(ref _head, fresh);
                }
                continue;
            }
            var index = Interlocked.Increment(ref tail.Reserved) - 1;
            var slots = tail.Slots;
            if (index < slots.Length)
            {
                slots[index].Sender = sender;
                Volatile.Write(ref slots[index].Message, message);
                return;
            }
            var next = Volatile.Read(ref tail.Next);
            if (next is null)
            {
                var grown = new MessageQueueSegment(Math.Min(slots.Length * 2, MaxSegmentLength));
                next = Interlocked.CompareExchange(ref tail.Next, grown, null) ?? grown;
            }
            Interlocked.CompareExchange(ref _tail, next, tail);
        }
    }

    /// <summary>Consumer only. False when empty, or when the oldest reserved slot is not yet published.</summary>
    public bool TryDequeue(out object message, out IActorRef? sender)
    {
        var head = Volatile.Read(ref _head);
        while (head is not null)
        {
            var index = head.Consumed;
            var slots = head.Slots;
            if (index < slots.Length)
            {
                var found = Volatile.Read(ref slots[index].Message);
                if (found is null)
                {
                    break;
                }
                sender = slots[index].Sender;
                slots[index] = default;
                head.Consumed = index + 1;
                message = found;
                return true;
            }
            head = Advance(head);
        }
        message = null!;
        sender = null;
        return false;
    }

    /// <summary>Consumer only (or under the closed-mailbox lock).</summary>
    public bool HasMessages
    {
        get
        {
            for (var head = Volatile.Read(ref _head); head is not null; head = Volatile.Read(ref head.Next))
            {
                var index = head.Consumed;
                if (index < head.Slots.Length)
                {
                    return Volatile.Read(ref head.Slots[index].Message) is not null;
                }
            }
            return false;
        }
    }

    private MessageQueueSegment? Advance(MessageQueueSegment drained)
    {
        var next = Volatile.Read(ref drained.Next);
        if (next is not null)
        {
            _head = next;
            return next;
        }
        if (drained.Slots.Length > FirstSegmentLength)
        {
            // Release a drained burst segment. Producers still holding it see it full and move on; the one that
            // installs the next first segment publishes it as head.
            _head = null;
            if (Interlocked.CompareExchange(ref _tail, null, drained) != drained)
            {
                _head = drained;
                next = Volatile.Read(ref drained.Next);
                if (next is not null)
                {
                    _head = next;
                }
                return next;
            }
        }
        return null;
    }
}
