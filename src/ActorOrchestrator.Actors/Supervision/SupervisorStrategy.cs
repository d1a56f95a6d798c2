namespace ActorOrchestrator.Actors;

/// <summary>
/// How a parent treats a failed child: a decider maps the exception to a <see cref="Directive"/>, and restarts
/// beyond <see cref="MaxNrOfRetries"/> within <see cref="WithinTimeRange"/> stop the child instead.
/// </summary>
public abstract class SupervisorStrategy
{
    private protected SupervisorStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        if (withinTimeRange <= TimeSpan.Zero && withinTimeRange != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(withinTimeRange), withinTimeRange, "must be positive or Timeout.InfiniteTimeSpan");
        }
        MaxNrOfRetries = maxNrOfRetries;
        WithinTimeRange = withinTimeRange;
        Decider = decider;
        LoggingEnabled = loggingEnabled;
    }

    /// <summary>Restarts allowed within <see cref="WithinTimeRange"/>; -1 means unlimited, 0 means never restart.</summary>
    public int MaxNrOfRetries { get; }

    /// <summary>Window for <see cref="MaxNrOfRetries"/>; <see cref="Timeout.InfiniteTimeSpan"/> means the child's whole life.</summary>
    public TimeSpan WithinTimeRange { get; }

    public Func<Exception, Directive> Decider { get; }

    /// <summary>Whether failures are logged (Resume at warning, others at error).</summary>
    public bool LoggingEnabled { get; }

    /// <summary>Restart on any exception except initialization, kill and death-pact failures, which stop.</summary>
    public static SupervisorStrategy DefaultStrategy { get; } = new OneForOneStrategy(DefaultDecider);

    /// <summary>Stops the failing child whatever the exception.</summary>
    public static SupervisorStrategy StoppingStrategy { get; } = new OneForOneStrategy(static _ => Directive.Stop);

    /// <summary>ActorInitializationException, ActorKilledException, DeathPactException: Stop; anything else: Restart.</summary>
    public static Directive DefaultDecider(Exception exception) => exception switch
    {
        ActorInitializationException or ActorKilledException or DeathPactException => Directive.Stop,
        _ => Directive.Restart,
    };

    internal abstract bool AppliesToAllChildren { get; }

    internal Directive Decide(Exception cause)
    {
        try
        {
            return Decider(cause);
        }
        catch (Exception)
        {
            return Directive.Escalate;
        }
    }

    internal bool RequestRestartPermission(RestartStatistics statistics, TimeProvider time)
    {
        if (MaxNrOfRetries == 0)
        {
            return false;
        }
        if (WithinTimeRange == Timeout.InfiniteTimeSpan)
        {
            return MaxNrOfRetries < 0 || ++statistics.Count <= MaxNrOfRetries;
        }
        var allowed = MaxNrOfRetries < 0 ? 1 : MaxNrOfRetries;
        var now = time.GetTimestamp();
        if (statistics.Count == 0 || time.GetElapsedTime(statistics.WindowStart, now) > WithinTimeRange)
        {
            statistics.WindowStart = now;
            statistics.Count = 1;
            return true;
        }
        return ++statistics.Count <= allowed;
    }
}
