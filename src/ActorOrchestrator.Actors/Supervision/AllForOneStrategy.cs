namespace ActorOrchestrator.Actors;

/// <summary>Restart and Stop apply to all children of the supervisor; Resume applies to the failed child only.</summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    public AllForOneStrategy(int maxNrOfRetries, TimeSpan withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    /// <summary>Unlimited restarts.</summary>
    public AllForOneStrategy(Func<Exception, Directive> decider)
        : base(-1, Timeout.InfiniteTimeSpan, decider, loggingEnabled: true)
    {
    }

    internal override bool AppliesToAllChildren => true;
}
