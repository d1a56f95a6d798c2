namespace ActorOrchestrator.Actors;

/// <summary>The <see cref="ITimerScheduler"/> of one cell; timers run on the system's TimeProvider.</summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private readonly Dictionary<object, ActiveTimer> _timers = [];
    private int _generation;

    public void StartSingleTimer(object key, object message, TimeSpan timeout) =>
        Start(key, message, timeout, Timeout.InfiniteTimeSpan);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval) =>
        Start(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Start(key, message, initialDelay, interval);
    }

    public bool IsTimerActive(object key) => _timers.ContainsKey(key);

    public void Cancel(object key)
    {
        if (_timers.Remove(key, out var timer))
        {
            timer.Timer.Dispose();
        }
    }

    public void CancelAll()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Timer.Dispose();
        }
        _timers.Clear();
    }

    /// <summary>On the actor's thread: the payload when <paramref name="tick"/> belongs to a current timer.</summary>
    public bool TryTake(TimerTick tick, out object payload)
    {
        if (ReferenceEquals(tick.Owner, this) && _timers.TryGetValue(tick.Key, out var timer) && timer.Generation == tick.Generation)
        {
            if (!timer.Periodic)
            {
                _timers.Remove(tick.Key);
                timer.Timer.Dispose();
            }
            payload = timer.Message;
            return true;
        }
        payload = null!;
        return false;
    }

    private void Start(object key, object message, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        if (dueTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "Timer delay must not be negative");
        }
        Cancel(key);
        var tick = new TimerTick(key, ++_generation, this);
        var timer = cell.System.TimeProvider.CreateTimer(static state => Fire((TimerTick)state!), tick, dueTime, period);
        _timers[key] = new ActiveTimer(message, tick.Generation, period != Timeout.InfiniteTimeSpan, timer);
    }

    private static void Fire(TimerTick tick) => tick.Owner.Deliver(tick);

    private void Deliver(TimerTick tick) => cell.Tell(tick, null);

    private sealed record ActiveTimer(object Message, int Generation, bool Periodic, ITimer Timer);
}
