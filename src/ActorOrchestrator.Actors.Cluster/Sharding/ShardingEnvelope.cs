namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>A message for the entity <paramref name="EntityId"/>; the entity receives <paramref name="Message"/> alone.</summary>
public sealed record ShardingEnvelope(string EntityId, object Message);
