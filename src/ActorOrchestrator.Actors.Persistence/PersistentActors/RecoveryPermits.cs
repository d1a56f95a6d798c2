namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Bounds the recoveries running at once, so that thousands of entities starting together queue instead of swamping the database.</summary>
internal sealed class RecoveryPermits(int limit)
{
    private readonly SemaphoreSlim _free = new(limit, limit);

    public int InUse => limit - _free.CurrentCount;

    /// <summary>Waits for a permit; dispose the returned permit to give it back (disposing twice gives it back once).</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Permit(_free);
    }

    private sealed class Permit(SemaphoreSlim free) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
