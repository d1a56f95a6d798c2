namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Sending side of reliable system-message delivery to one peer incarnation: numbers each message, keeps it until the
/// peer acknowledges it, and says when to send the unacknowledged ones again. Not thread-safe (guarded by the association).
/// </summary>
internal sealed class SystemMessageOutbox(int capacity)
{
    private readonly Queue<(long Sequence, RemoteSystemMessage Message, long EnqueuedAt)> _unacknowledged = new();
    private long _nextSequence = 1;
    private long _lastProgressAt;

    public int Count => _unacknowledged.Count;

    /// <summary>When the oldest unacknowledged message was added; meaningful only when <see cref="Count"/> &gt; 0.</summary>
    public long OldestEnqueuedAt => _unacknowledged.Peek().EnqueuedAt;

    /// <summary>Numbers and keeps <paramref name="message"/>; false (nothing kept) when the buffer is full.</summary>
    public bool TryAdd(RemoteSystemMessage message, long now, out long sequence)
    {
        if (_unacknowledged.Count >= capacity)
        {
            sequence = 0;
            return false;
        }
        if (_unacknowledged.Count == 0)
        {
            _lastProgressAt = now;
        }
        sequence = _nextSequence++;
        _unacknowledged.Enqueue((sequence, message, now));
        return true;
    }

    /// <summary>Forgets every message up to and including <paramref name="sequence"/>.</summary>
    public void Acknowledge(long sequence, long now)
    {
        var removed = false;
        while (_unacknowledged.Count > 0 && _unacknowledged.Peek().Sequence <= sequence)
        {
            _unacknowledged.Dequeue();
            removed = true;
        }
        if (removed)
        {
            _lastProgressAt = now;
        }
    }

    /// <summary>True when messages wait and no acknowledgement came for <paramref name="interval"/>; restarts the interval.</summary>
    public bool IsResendDue(long now, long interval)
    {
        if (_unacknowledged.Count == 0 || now - _lastProgressAt < interval)
        {
            return false;
        }
        _lastProgressAt = now;
        return true;
    }

    public IEnumerable<(long Sequence, RemoteSystemMessage Message)> Unacknowledged => _unacknowledged.Select(static e => (e.Sequence, e.Message));

    /// <summary>Starts over for a new peer incarnation: numbering from 1, nothing pending.</summary>
    public void Reset()
    {
        _unacknowledged.Clear();
        _nextSequence = 1;
    }
}
