namespace ActorOrchestrator.Actors.Cluster;

/// <summary>
/// Monotonic time from a <see cref="TimeProvider"/>, as the elapsed time since an arbitrary origin. Every
/// time-dependent rule of this library takes such a "now", so tests drive it with a manual provider.
/// </summary>
public static class MonotonicClock
{
    public static TimeSpan Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider.GetElapsedTime(0, timeProvider.GetTimestamp());
    }
}
