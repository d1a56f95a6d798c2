using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using ActorOrchestrator.Actors.Persistence.Serialization;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// The journal facts of cluster sharding: the coordinator's allocations (persistence id <c>sharding-coordinator/TYPE</c>)
/// and the remembered entities of each shard (<c>sharding-entities/TYPE/SHARD</c>). A host that runs sharding in a cluster,
/// or with remember-entities, registers them with the registry its store is opened with:
/// <code>var registry = ShardingEvents.Register(new EventTypeRegistryBuilder()).Add&lt;PodCreated&gt;("PodCreated.v1").Build();</code>
/// </summary>
public static class ShardingEvents
{
    /// <summary>Registers every sharding event and snapshot type with its versioned manifest; returns <paramref name="builder"/>.</summary>
    public static EventTypeRegistryBuilder Register(EventTypeRegistryBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Add<ShardRegionRegistered>("ShardRegionRegistered.v1")
            .Add<ShardRegionTerminated>("ShardRegionTerminated.v1")
            .Add<ShardHomeAllocated>("ShardHomeAllocated.v1")
            .Add<ShardHomeDeallocated>("ShardHomeDeallocated.v1")
            .Add<ShardCoordinatorSnapshot>("ShardCoordinatorSnapshot.v1")
            .Add<EntitiesStarted>("EntitiesStarted.v1")
            .Add<EntitiesStopped>("EntitiesStopped.v1")
            .Add<RememberedEntitiesSnapshot>("RememberedEntitiesSnapshot.v1");
    }
}
