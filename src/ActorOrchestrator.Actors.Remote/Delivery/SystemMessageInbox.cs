namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Receiving side of reliable system-message delivery from one peer incarnation: accepts messages strictly in sequence,
/// ignores duplicates and anything after a gap (the sender resends). Not thread-safe (guarded by the association).
/// </summary>
internal sealed class SystemMessageInbox
{
    private long _expected = 1;

    /// <summary>Highest sequence number received in order: what to acknowledge.</summary>
    public long Acknowledged => _expected - 1;

    /// <summary>True when <paramref name="sequence"/> is the next one in order (deliver it); false for a duplicate or a gap.</summary>
    public bool Accept(long sequence)
    {
        if (sequence != _expected)
        {
            return false;
        }
        _expected++;
        return true;
    }

    public void Reset() => _expected = 1;
}
