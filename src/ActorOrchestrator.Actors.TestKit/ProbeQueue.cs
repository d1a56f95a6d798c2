namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// The message queue of a probe: filled from any thread by the probe's function ref, taken by the test with a
/// timeout. A message may be put back at the front (ReceiveWhile leaves the first non-matching one queued).
/// The semaphore counts the queued messages, so every successful wait is matched by exactly one message; it is
/// never disposed because a sender may still be releasing it while the probe shuts down.
/// </summary>
internal sealed class ProbeQueue
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Envelope> _messages = [];
    private readonly SemaphoreSlim _available = new(0);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    public void Enqueue(Envelope envelope)
    {
        lock (_gate)
        {
            _messages.AddLast(envelope);
        }
        _available.Release();
    }

    public void PushFront(Envelope envelope)
    {
        lock (_gate)
        {
            _messages.AddFirst(envelope);
        }
        _available.Release();
    }

    /// <summary>The next message, or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<Envelope?> TakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wait = timeout == Timeout.InfiniteTimeSpan || timeout.TotalMilliseconds >= int.MaxValue ? Timeout.InfiniteTimeSpan
            : timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero;
        if (!await _available.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        lock (_gate)
        {
            var first = _messages.First!.Value;
            _messages.RemoveFirst();
            return first;
        }
    }
}
