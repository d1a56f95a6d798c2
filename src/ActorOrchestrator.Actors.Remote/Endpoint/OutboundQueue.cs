using System.Collections.Concurrent;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Frames waiting for one link: many threads write, the link's write loop alone reads. Writing is a lock-free
/// enqueue; the reader is woken only when it had run dry and parked, so a busy link costs no signalling per message.
/// </summary>
internal sealed class OutboundQueue
{
    private readonly ConcurrentQueue<OutboundEnvelope> _items = new();
    private readonly SemaphoreSlim _wakeUp = new(0);
    private int _readerParked;
    private volatile bool _completed;

    /// <summary>Adds a frame; false once the queue is completed.</summary>
    public bool TryWrite(in OutboundEnvelope envelope)
    {
        if (_completed)
        {
            return false;
        }
        _items.Enqueue(envelope);
        WakeReader();
        return true;
    }

    public bool TryRead(out OutboundEnvelope envelope) => _items.TryDequeue(out envelope);

    /// <summary>Completes when a frame can be read (true) or the queue is completed and empty (false).</summary>
    public async ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!_items.IsEmpty)
            {
                return true;
            }
            if (_completed)
            {
                return false;
            }
            Interlocked.Exchange(ref _readerParked, 1);
            if (!_items.IsEmpty || _completed)
            {
                if (Interlocked.Exchange(ref _readerParked, 0) == 0)
                {
                    // A writer saw us parked and released the semaphore: take that release so counts stay paired.
                    await _wakeUp.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                continue;
            }
            await _wakeUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>No more frames will be accepted; the reader drains what is left and then sees the end.</summary>
    public void Complete()
    {
        _completed = true;
        WakeReader();
    }

    private void WakeReader()
    {
        if (Volatile.Read(ref _readerParked) == 1 && Interlocked.Exchange(ref _readerParked, 0) == 1)
        {
            _wakeUp.Release();
        }
    }
}
