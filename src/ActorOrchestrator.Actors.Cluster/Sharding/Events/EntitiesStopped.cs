using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Sharding.Events;

/// <summary>These entities passivated themselves and are forgotten until a message starts them again (manifest EntitiesStopped.v1).</summary>
internal sealed record EntitiesStopped(ImmutableArray<string> EntityIds);
