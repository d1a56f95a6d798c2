namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>Counts actors inside a section at once and remembers the most seen.</summary>
internal sealed class ConcurrencyProbe
{
    private int _current;
    private int _max;

    public int MaxConcurrent => Volatile.Read(ref _max);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref _current);
}
