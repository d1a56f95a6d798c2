namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>How an <see cref="EventRecorder"/> queues, aggregates and flushes.</summary>
public sealed record EventRecorderSettings
{
    public static EventRecorderSettings Default { get; } = new();

    /// <summary>Events waiting to be written; more are dropped (events are best effort).</summary>
    public int QueueCapacity { get; init; } = 1000;

    /// <summary>A repeat of the same event within this time bumps the existing Event's count instead of creating one.</summary>
    public TimeSpan AggregationWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many distinct recent events are remembered for aggregation.</summary>
    public int CacheSize { get; init; } = 4096;

    /// <summary>Longest time stopping waits for the queue to be written.</summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
