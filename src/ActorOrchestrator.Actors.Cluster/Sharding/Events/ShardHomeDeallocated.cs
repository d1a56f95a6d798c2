namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary><paramref name="Shard"/> was stopped for a move and has no home until it is allocated again (manifest ShardHomeDeallocated.v1).</summary>
internal sealed record ShardHomeDeallocated(string Shard) : ICoordinatorEvent;
