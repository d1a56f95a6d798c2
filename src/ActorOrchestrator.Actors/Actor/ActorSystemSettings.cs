using System.Collections.Immutable;

namespace ActorOrchestrator.Actors;

/// <summary>
/// Every knob of the actor kernel. Defaults equal the <c>ao.actors</c> section of hocon/reference.conf; the host
/// maps configuration onto this record.
/// </summary>
public sealed record ActorSystemSettings
{
    public static ActorSystemSettings Default { get; } = new();

    /// <summary>Messages an actor handles per turn on the thread pool before yielding (ao.actors.throughput).</summary>
    public int Throughput { get; init; } = 30;

    /// <summary>User-message capacity of mailboxes whose Props do not say; 0 means unbounded (ao.actors.default-mailbox-capacity).</summary>
    public int DefaultMailboxCapacity { get; init; }

    /// <summary>Timeout of Ask calls that pass none; infinite by default (ao.actors.ask-timeout).</summary>
    public TimeSpan AskTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>Stash capacity of actors whose Props do not say; -1 means unbounded (ao.actors.stash-capacity).</summary>
    public int StashCapacity { get; init; } = -1;

    /// <summary>Dead letters logged one by one before switching to periodic summaries (ao.actors.dead-letters.log-limit).</summary>
    public int DeadLetterLogLimit { get; init; } = 10;

    /// <summary>Interval of the summary line once the limit is reached (ao.actors.dead-letters.summary-interval).</summary>
    public TimeSpan DeadLetterSummaryInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether dead letters are still logged while the system shuts down (ao.actors.dead-letters.log-during-shutdown).</summary>
    public bool LogDeadLettersDuringShutdown { get; init; }

    /// <summary>Timeout of a coordinated-shutdown phase not listed in <see cref="ShutdownPhaseTimeouts"/> (ao.actors.coordinated-shutdown.default-phase-timeout).</summary>
    public TimeSpan DefaultShutdownPhaseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Per-phase timeouts overriding the default (ao.actors.coordinated-shutdown.phases.NAME.timeout).</summary>
    public ImmutableDictionary<string, TimeSpan> ShutdownPhaseTimeouts { get; init; } = ImmutableDictionary.CreateRange<string, TimeSpan>(
        StringComparer.Ordinal,
        [
            new(CoordinatedShutdown.PhaseClusterShardingShutdownRegion, TimeSpan.FromSeconds(10)),
            new(CoordinatedShutdown.PhaseClusterExiting, TimeSpan.FromSeconds(10)),
            new(CoordinatedShutdown.PhaseActorSystemTerminate, TimeSpan.FromSeconds(10)),
        ]);

    /// <summary>Whether ActorSystem.Terminate runs the coordinated shutdown phases first (ao.actors.coordinated-shutdown.run-by-actor-system-terminate).</summary>
    public bool RunCoordinatedShutdownOnTerminate { get; init; } = true;

    /// <summary>Whether process exit (SIGTERM, Ctrl+C end, normal exit) runs coordinated shutdown (ao.actors.coordinated-shutdown.run-on-process-exit).</summary>
    public bool RunCoordinatedShutdownOnProcessExit { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public ActorSystemSettings Validate()
    {
        Check(Throughput > 0, "ao.actors.throughput", $"must be positive, was {Throughput}");
        Check(DefaultMailboxCapacity >= 0, "ao.actors.default-mailbox-capacity", $"must be 0 (unbounded) or positive, was {DefaultMailboxCapacity}");
        Check(AskTimeout > TimeSpan.Zero || AskTimeout == Timeout.InfiniteTimeSpan, "ao.actors.ask-timeout", $"must be positive or infinite, was {AskTimeout}");
        Check(StashCapacity >= -1, "ao.actors.stash-capacity", $"must be -1 (unbounded) or at least 0, was {StashCapacity}");
        Check(DeadLetterLogLimit >= 0, "ao.actors.dead-letters.log-limit", $"must not be negative, was {DeadLetterLogLimit}");
        Check(DeadLetterSummaryInterval > TimeSpan.Zero, "ao.actors.dead-letters.summary-interval", $"must be positive, was {DeadLetterSummaryInterval}");
        Check(DefaultShutdownPhaseTimeout > TimeSpan.Zero, "ao.actors.coordinated-shutdown.default-phase-timeout", $"must be positive, was {DefaultShutdownPhaseTimeout}");
        foreach (var (phase, timeout) in ShutdownPhaseTimeouts)
        {
            Check(CoordinatedShutdown.Phases.Contains(phase), $"ao.actors.coordinated-shutdown.phases.{phase}", "is not a known phase");
            Check(timeout > TimeSpan.Zero, $"ao.actors.coordinated-shutdown.phases.{phase}.timeout", $"must be positive, was {timeout}");
        }
        return this;
    }

    private static void Check(bool valid, string key, string problem)
    {
        if (!valid)
        {
            throw new ArgumentException($"Invalid actor system setting {key}: {problem}");
        }
    }
}
