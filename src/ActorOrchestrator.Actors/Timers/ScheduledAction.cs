namespace ActorOrchestrator.Actors;

/// <summary>One scheduled action on a TimeProvider timer.</summary>
internal sealed class ScheduledAction : ICancelable
{
    private readonly Action _action;
    private readonly bool _repeated;
    private ITimer? _timer;
    private int _cancelled;

    public ScheduledAction(TimeProvider time, TimeSpan delay, TimeSpan interval, Action action)
    {
        _action = action;
        _repeated = interval != Timeout.InfiniteTimeSpan;
        var timer = time.CreateTimer(static state => ((ScheduledAction)state!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer = timer;
        timer.Change(delay, interval);
    }

    public bool IsCancellationRequested => Volatile.Read(ref _cancelled) != 0;

    public void Cancel()
    {
        if (Interlocked.Exchange(ref _cancelled, 1) == 0)
        {
            Interlocked.Exchange(ref _timer, null)?.Dispose();
        }
    }

    private void Fire()
    {
        if (IsCancellationRequested)
        {
            return;
        }
        if (!_repeated)
        {
            Cancel();
        }
        _action();
    }
}
