namespace ActorOrchestrator.Actors.Persistence;

/// <summary>The persistent-actor keys of the <c>ao.persistence</c> section; defaults equal hocon/reference.conf.</summary>
public sealed record PersistentActorSettings
{
    public static PersistentActorSettings Default { get; } = new();

    /// <summary><c>max-concurrent-recoveries</c>: entities recovering at once in one actor system; the others wait their turn.</summary>
    public int MaxConcurrentRecoveries { get; init; } = 50;

    /// <summary><c>replay-batch-size</c>: events read per round trip while an entity recovers (shared with the SQL store).</summary>
    public int ReplayBatchSize { get; init; } = 10_000;

    /// <summary><c>recovery-event-timeout</c>: longest a recovery waits for its actor to take the next batch before it fails.</summary>
    public TimeSpan RecoveryEventTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>snapshot-retention</c>: snapshots kept per entity after a successful save; 0 keeps all.</summary>
    public int SnapshotRetention { get; init; } = 2;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public void Validate()
    {
        Require(MaxConcurrentRecoveries >= 1, "max-concurrent-recoveries", "must be at least 1");
        Require(ReplayBatchSize >= 1, "replay-batch-size", "must be at least 1");
        Require(RecoveryEventTimeout > TimeSpan.Zero, "recovery-event-timeout", "must be positive");
        Require(SnapshotRetention >= 0, "snapshot-retention", "must not be negative");
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.persistence.{key} {problem}.");
        }
    }
}
