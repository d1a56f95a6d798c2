using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>
/// The coordinator's whole allocation table: each registered region's full path with the shards it hosts (manifest
/// ShardCoordinatorSnapshot.v1).
/// </summary>
internal sealed record ShardCoordinatorSnapshot(ImmutableSortedDictionary<string, ImmutableArray<string>> Regions);
