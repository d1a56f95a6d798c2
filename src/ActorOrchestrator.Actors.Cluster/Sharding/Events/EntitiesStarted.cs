using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>
/// These entities of a shard were started and are remembered: they start again whenever the shard starts (manifest
/// EntitiesStarted.v1, persistence id <c>sharding-entities/TYPE/SHARD</c>).
/// </summary>
internal sealed record EntitiesStarted(ImmutableArray<string> EntityIds);
