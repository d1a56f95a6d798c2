namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>The <c>ao.read-model</c> section: the journal projection behind LIST and WATCH. Defaults equal hocon/reference.conf.</summary>
public sealed record ReadModelSettings
{
    public static ReadModelSettings Default { get; } = new();

    /// <summary><c>checkpoint-file</c>: where the view is checkpointed; a relative path is resolved against the node's data dir.</summary>
    public string CheckpointFile { get; init; } = "read-model.checkpoint";

    /// <summary><c>checkpoint-every-events</c>: a checkpoint is written after this many journal events have been applied since the last one.</summary>
    public int CheckpointEveryEvents { get; init; } = 20_000;

    /// <summary><c>checkpoint-interval</c>: a checkpoint is written this long after the last one when any event has been applied since.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// <c>watch-window</c>: recent changes kept per kind. A watch, or a list continued, from a resourceVersion older
    /// than the window answers 410 Gone (too old resource version).
    /// </summary>
    public int WatchWindow { get; init; } = 10_000;

    /// <summary><c>bookmark-interval</c>: a watch that asked for bookmarks gets one after this long without an event, when the view has moved on.</summary>
    public TimeSpan BookmarkInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary><c>resource-version-wait-timeout</c>: how long a list at a resourceVersion the view has not reached yet waits for it.</summary>
    public TimeSpan ResourceVersionWaitTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary><c>apply-batch-size</c>: most journal events applied under one hold of the view's write lock.</summary>
    public int ApplyBatchSize { get; init; } = 1_000;

    /// <summary><c>retry-min-backoff</c>: wait before re-reading the journal after a failed read; doubles after each further failure.</summary>
    public TimeSpan RetryMinBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary><c>retry-max-backoff</c>: longest wait between attempts to read the journal.</summary>
    public TimeSpan RetryMaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public ReadModelSettings Validate()
    {
        Require(!string.IsNullOrWhiteSpace(CheckpointFile), "checkpoint-file", "must name a file");
        Require(CheckpointEveryEvents >= 1, "checkpoint-every-events", "must be at least 1");
        Require(CheckpointInterval > TimeSpan.Zero, "checkpoint-interval", "must be positive");
        Require(WatchWindow >= 1, "watch-window", "must be at least 1");
        Require(BookmarkInterval > TimeSpan.Zero, "bookmark-interval", "must be positive");
        Require(ResourceVersionWaitTimeout >= TimeSpan.Zero, "resource-version-wait-timeout", "must not be negative");
        Require(ApplyBatchSize >= 1, "apply-batch-size", "must be at least 1");
        Require(RetryMinBackoff > TimeSpan.Zero, "retry-min-backoff", "must be positive");
        Require(RetryMaxBackoff >= RetryMinBackoff, "retry-max-backoff", "must be at least retry-min-backoff");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.read-model.{key} {problem}.");
        }
    }
}
