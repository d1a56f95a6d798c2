namespace ActorOrchestrator.Actors;

/// <summary>
/// One armed receive timeout. Messages only record the time of the last activity (no timer churn per message);
/// when the timer fires, the cell checks whether the actor really was idle that long and re-arms otherwise.
/// </summary>
internal sealed class ReceiveTimeoutState
{
    private readonly ActorCell _cell;
    private readonly TimeProvider _time;
    private readonly ReceiveTimeoutTick _tick = new();
    private ITimer? _timer;
    private long _lastActivity;

    public ReceiveTimeoutState(ActorCell cell, TimeSpan timeout)
    {
        _cell = cell;
        _time = cell.System.TimeProvider;
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }

    public void Start()
    {
        _lastActivity = _time.GetTimestamp();
        _timer = _time.CreateTimer(static state => Fire((ReceiveTimeoutState)state!), this, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
    }

    public void Touch() => _lastActivity = _time.GetTimestamp();

    /// <summary>Called with a tick on the actor's thread: true when the actor was idle for the whole timeout.</summary>
    public bool IsDue(ReceiveTimeoutTick tick)
    {
        if (!ReferenceEquals(tick, _tick) || _timer is null)
        {
            return false;
        }
        var idle = _time.GetElapsedTime(_lastActivity);
        if (idle >= Timeout)
        {
            _lastActivity = _time.GetTimestamp();
            _timer.Change(Timeout, System.Threading.Timeout.InfiniteTimeSpan);
            return true;
        }
        _timer.Change(Timeout - idle, System.Threading.Timeout.InfiniteTimeSpan);
        return false;
    }

    public void Cancel()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private static void Fire(ReceiveTimeoutState state) => state._cell.Tell(state._tick, null);
}
