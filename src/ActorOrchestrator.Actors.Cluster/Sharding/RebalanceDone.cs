namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>A rebalance worker finished moving <paramref name="Shard"/>; <paramref name="Stopped"/> is false after the hand-off timeout.</summary>
internal sealed record RebalanceDone(string Shard, bool Stopped);
