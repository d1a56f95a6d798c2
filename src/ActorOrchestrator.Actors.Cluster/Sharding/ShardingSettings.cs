namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Cluster sharding settings; mirrors the <c>ao.cluster.sharding</c> section of reference.conf.</summary>
public sealed record ShardingSettings
{
    public static readonly ShardingSettings Default = new();

    /// <summary>number-of-shards: shards per entity type for the default extractor (about 10x the largest member count).</summary>
    public int NumberOfShards { get; init; } = 100;

    /// <summary>role: only members with this role host shards; null means every member.</summary>
    public string? Role { get; init; }

    /// <summary>passivate-idle-entity-after: an entity without sharded messages for this long is stopped; null disables.</summary>
    public TimeSpan? PassivateIdleEntityAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>buffer-size: messages a region holds for shards whose home is unknown or moving; more are dropped.</summary>
    public int BufferSize { get; init; } = 100_000;

    /// <summary>handoff-timeout: how long a shard move waits for acknowledgements and for the shard to stop.</summary>
    public TimeSpan HandOffTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>rebalance-interval: how often the coordinator considers moving shards.</summary>
    public TimeSpan RebalanceInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>rebalance-absolute-limit: at most this many shards move in one rebalance round.</summary>
    public int RebalanceAbsoluteLimit { get; init; } = 20;

    /// <summary>rebalance-relative-limit: at most this fraction of all shards moves in one round (at least one shard).</summary>
    public double RebalanceRelativeLimit { get; init; } = 0.1;

    /// <summary>retry-interval: how often a region retries registering and asking for shard homes.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// remember-entities: each shard records its started entities durably and starts them again wherever the shard starts
    /// next; an entity is forgotten when it passivates itself. Disables idle passivation. Needs persistence started.
    /// </summary>
    public bool RememberEntities { get; init; }

    /// <summary>entity-restart-backoff: a remembered entity that stopped without passivating is started again after this long.</summary>
    public TimeSpan EntityRestartBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>snapshot-after: the coordinator and each remembering shard save a snapshot every this many events.</summary>
    public int SnapshotAfter { get; init; } = 1000;

    /// <summary>coordinator-hand-over-retry-interval: how often the next oldest member asks for the coordinator on a graceful hand-over.</summary>
    public TimeSpan CoordinatorHandOverRetryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// coordinator-removal-margin: after the coordinator's member crashed and was removed, the next oldest waits this much
    /// longer before it starts the coordinator.
    /// </summary>
    public TimeSpan CoordinatorRemovalMargin { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Throws an ArgumentException naming the <c>ao.cluster.sharding</c> key of the first invalid value.</summary>
    public void Validate()
    {
        Require(NumberOfShards >= 1, "number-of-shards", $"must be at least 1, was {NumberOfShards}");
        Require(PassivateIdleEntityAfter is null || PassivateIdleEntityAfter > TimeSpan.Zero, "passivate-idle-entity-after", $"must be positive or off, was {PassivateIdleEntityAfter}");
        Require(BufferSize >= 0, "buffer-size", $"must not be negative, was {BufferSize}");
        Require(HandOffTimeout > TimeSpan.Zero, "handoff-timeout", $"must be positive, was {HandOffTimeout}");
        Require(RebalanceInterval > TimeSpan.Zero, "rebalance-interval", $"must be positive, was {RebalanceInterval}");
        Require(RebalanceAbsoluteLimit >= 1, "rebalance-absolute-limit", $"must be at least 1, was {RebalanceAbsoluteLimit}");
        Require(RebalanceRelativeLimit is > 0 and <= 1, "rebalance-relative-limit", $"must be in (0, 1], was {RebalanceRelativeLimit}");
        Require(RetryInterval > TimeSpan.Zero, "retry-interval", $"must be positive, was {RetryInterval}");
        Require(EntityRestartBackoff > TimeSpan.Zero, "entity-restart-backoff", $"must be positive, was {EntityRestartBackoff}");
        Require(SnapshotAfter >= 1, "snapshot-after", $"must be at least 1, was {SnapshotAfter}");
        Require(CoordinatorHandOverRetryInterval > TimeSpan.Zero, "coordinator-hand-over-retry-interval", $"must be positive, was {CoordinatorHandOverRetryInterval}");
        Require(CoordinatorRemovalMargin >= TimeSpan.Zero, "coordinator-removal-margin", $"must not be negative, was {CoordinatorRemovalMargin}");
        Require(Role is null || Role.Length > 0, "role", "must not be empty (leave it unset for every member)");
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Invalid sharding setting ao.cluster.sharding.{key}: {problem}");
        }
    }
}
