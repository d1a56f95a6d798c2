namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>The region at <paramref name="Region"/> registered and may be given shards (manifest ShardRegionRegistered.v1).</summary>
internal sealed record ShardRegionRegistered(string Region) : ICoordinatorEvent;
