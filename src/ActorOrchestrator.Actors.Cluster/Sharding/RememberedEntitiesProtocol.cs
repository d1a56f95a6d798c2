using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>The store recovered: the entities of the shard to start.</summary>
internal sealed record RememberedEntities(ImmutableArray<string> EntityIds);

/// <summary>The shard asks the store to record entities that started and entities that passivated.</summary>
internal sealed record UpdateRememberedEntities(ImmutableArray<string> Started, ImmutableArray<string> Stopped);

/// <summary>The store recorded an <see cref="UpdateRememberedEntities"/> durably.</summary>
internal sealed record RememberedEntitiesUpdated(ImmutableArray<string> Started, ImmutableArray<string> Stopped);

/// <summary>A remembered entity that stopped by itself is due to start again.</summary>
internal sealed record RestartEntity(string EntityId);

/// <summary>A remembering shard that stopped by itself is due to start again in its region.</summary>
internal sealed record RestartShard(string Shard);
