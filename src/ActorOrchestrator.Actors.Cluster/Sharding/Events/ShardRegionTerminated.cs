namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>
/// The region at <paramref name="Region"/> is gone (it stopped, or its member left the cluster); every shard it hosted
/// is free again (manifest ShardRegionTerminated.v1).
/// </summary>
internal sealed record ShardRegionTerminated(string Region) : ICoordinatorEvent;
