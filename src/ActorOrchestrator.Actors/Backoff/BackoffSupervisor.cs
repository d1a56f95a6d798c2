namespace ActorOrchestrator.Actors;

/// <summary>
/// Supervises one child and re-creates it with exponential backoff and jitter when it stops (or fails, per
/// <see cref="BackoffOptions.Trigger"/>). Other messages are forwarded to the child, or become dead letters while
/// there is none.
/// </summary>
public sealed class BackoffSupervisor : ActorBase, IWithTimers
{
    private const string StartChildTimer = "start-child";
    private const string ResetTimer = "reset-backoff";

    private readonly BackoffOptions _options;
    private IActorRef? _child;
    private int _restartCount;
    private bool _childFailed;

    private BackoffSupervisor(BackoffOptions options)
    {
        _options = options;
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(BackoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Actors.Props.Create(() => new BackoffSupervisor(options));
    }

    /// <summary>Delay before re-creation number <paramref name="restartCount"/> (0-based): min(max, min·2ⁿ), stretched by a random factor in [1, 1 + <paramref name="randomFactor"/>].</summary>
    public static TimeSpan CalculateDelay(int restartCount, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor)
    {
        var exponential = minBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(restartCount, 30));
        var capped = Math.Min(maxBackoff.TotalMilliseconds, exponential);
        var jitter = 1.0 + (Random.Shared.NextDouble() * randomFactor);
        return TimeSpan.FromMilliseconds(capped * jitter);
    }

    protected override void PreStart() => StartChild();

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Terminated terminated when terminated.ActorRef.Equals(_child):
                ChildTerminated();
                return true;
            case StartChildTick:
                StartChild();
                return true;
            case ResetBackoffTick:
                _restartCount = 0;
                return true;
            case GetCurrentChild:
                Sender.Tell(new CurrentChild(_child), Self);
                return true;
            case GetRestartCount:
                Sender.Tell(new RestartCount(_restartCount), Self);
                return true;
            case Terminated:
                return true;
            default:
                (_child ?? Context.System.DeadLetters).Tell(message, Sender);
                return true;
        }
    }

    protected override SupervisorStrategy? SupervisorStrategy() => _options.Trigger == BackoffTrigger.OnFailure
        ? new OneForOneStrategy(_ =>
        {
            _childFailed = true;
            return Directive.Stop;
        })
        : null;

    private void StartChild()
    {
        _childFailed = false;
        _child = Context.Watch(Context.ActorOf(_options.ChildProps, _options.ChildName));
        Timers.StartSingleTimer(ResetTimer, ResetBackoffTick.Instance, _options.ResetBackoffAfter ?? _options.MinBackoff);
    }

    private void ChildTerminated()
    {
        _child = null;
        Timers.Cancel(ResetTimer);
        var retry = _options.Trigger == BackoffTrigger.OnStop || _childFailed;
        if (!retry || (_options.MaxNrOfRetries >= 0 && _restartCount >= _options.MaxNrOfRetries))
        {
            Context.Stop(Self);
            return;
        }
        var delay = CalculateDelay(_restartCount, _options.MinBackoff, _options.MaxBackoff, _options.RandomFactor);
        _restartCount++;
        Timers.StartSingleTimer(StartChildTimer, StartChildTick.Instance, delay);
    }

    private sealed class StartChildTick
    {
        public static StartChildTick Instance { get; } = new();
    }

    private sealed class ResetBackoffTick
    {
        public static ResetBackoffTick Instance { get; } = new();
    }
}
