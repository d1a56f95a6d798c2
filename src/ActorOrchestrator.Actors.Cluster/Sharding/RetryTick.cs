namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>A region's periodic retry of registration and of asking homes for buffered shards.</summary>
internal sealed record RetryTick
{
    public static readonly RetryTick Instance = new();
}
