using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>Every entity a shard remembers (manifest RememberedEntitiesSnapshot.v1).</summary>
internal sealed record RememberedEntitiesSnapshot(ImmutableArray<string> EntityIds);
