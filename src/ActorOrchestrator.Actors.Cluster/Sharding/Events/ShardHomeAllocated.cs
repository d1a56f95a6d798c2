namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary><paramref name="Shard"/> lives at the region at <paramref name="Region"/> (manifest ShardHomeAllocated.v1).</summary>
internal sealed record ShardHomeAllocated(string Shard, string Region) : ICoordinatorEvent;
