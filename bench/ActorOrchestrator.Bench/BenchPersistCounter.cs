namespace ActorOrchestrator.Bench;

/// <summary>Shared by the persisting actors of one run: how many recovered and how many events they have persisted.</summary>
internal sealed class BenchPersistCounter
{
    private readonly TaskCompletionSource _allRecovered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _persisted;
    private int _recovered;
    private int _expected = int.MaxValue;

    public long Persisted => Interlocked.Read(ref _persisted);

    public void OnePersisted() => Interlocked.Increment(ref _persisted);

    public void OneRecovered()
    {
        if (Interlocked.Increment(ref _recovered) >= Volatile.Read(ref _expected))
        {
            _allRecovered.TrySetResult();
        }
    }

    public Task AllRecoveredAsync(int expected)
    {
        Volatile.Write(ref _expected, expected);
        if (Volatile.Read(ref _recovered) >= expected)
        {
            _allRecovered.TrySetResult();
        }
        return _allRecovered.Task;
    }
}
