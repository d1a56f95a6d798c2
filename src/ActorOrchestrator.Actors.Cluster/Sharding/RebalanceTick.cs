namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>The coordinator's periodic rebalance check.</summary>
internal sealed record RebalanceTick
{
    public static readonly RebalanceTick Instance = new();
}
