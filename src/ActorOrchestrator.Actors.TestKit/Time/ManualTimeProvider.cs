namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// Virtual time for timer specs: the clock stands still until <see cref="Advance"/> moves it, firing on the calling
/// thread, in due order, every timer that comes due on the way (a periodic timer as often as its period fits).
/// A timer armed with a zero delay fires at the next <see cref="Advance"/> (<c>Advance(TimeSpan.Zero)</c> fires it).
/// Pass it to <c>ActorSystem.Create(timeProvider:)</c> or to the <see cref="TestKit"/> constructor.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly Lock _advancing = new();
    private readonly List<ManualTimer> _armed = [];
    private DateTimeOffset _now;
    private long _armSequence;

    /// <summary>Starts the clock at 2030-01-01T00:00:00Z.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public ManualTimeProvider(DateTimeOffset start)
    {
        _now = start.ToUniversalTime();
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Number of timers waiting to fire.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="duration"/>, firing the timers that come due.</summary>
    public void Advance(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        lock (_advancing)
        {
            DateTimeOffset target;
            lock (_gate)
            {
                target = _now + duration;
            }
            while (NextDue(target) is { } due)
            {
                due.Fire();
            }
            lock (_gate)
            {
                _now = target;
            }
        }
    }

    /// <summary>Takes the earliest timer due by <paramref name="target"/>, moving the clock to its due time and re-arming it when periodic.</summary>
    private ManualTimer? NextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            ManualTimer? next = null;
            foreach (var timer in _armed)
            {
                if (timer.DueAt <= target && (next is null || (timer.DueAt, timer.Sequence).CompareTo((next.DueAt, next.Sequence)) < 0))
                {
                    next = timer;
                }
            }
            if (next is null)
            {
                return null;
            }
            if (next.DueAt > _now)
            {
                _now = next.DueAt;
            }
            if (next.Period is { } period)
            {
                Arm(next, _now + period, period);
            }
            else
            {
                _armed.Remove(next);
            }
            return next;
        }
    }

    private void Arm(ManualTimer timer, DateTimeOffset dueAt, TimeSpan? period)
    {
        timer.DueAt = dueAt;
        timer.Period = period;
        timer.Sequence = ++_armSequence;
        if (!_armed.Contains(timer))
        {
            _armed.Add(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset DueAt { get; set; }

        public TimeSpan? Period { get; set; }

        public long Sequence { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
            }
            if (period != Timeout.InfiniteTimeSpan)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.Zero);
            }
            lock (owner._gate)
            {
                if (_disposed)
                {
                    return false;
                }
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    owner._armed.Remove(this);
                }
                else
                {
                    owner.Arm(this, owner._now + dueTime, period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period);
                }
                return true;
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                _disposed = true;
                owner._armed.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
