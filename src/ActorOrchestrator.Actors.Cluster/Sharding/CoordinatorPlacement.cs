using ActorOrchestrator.Actors.Cluster.Singleton;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Where the shard coordinator of an entity type runs, and how regions reach it. Within a single system it is a
/// system actor next to the region. In a cluster it is a cluster singleton on the oldest member with the sharding role
/// (a <see cref="ClusterSingletonManager"/> on every member that hosts shards), persistent when the host started
/// persistence, and regions reach it through a <see cref="ClusterSingletonProxy"/> that buffers while it moves;
/// <see cref="Moves"/> tells a region to register again whenever the coordinator it registered with terminates.
/// </summary>
internal sealed record CoordinatorPlacement(IActorRef Coordinator, bool Moves)
{
    /// <summary>Name of the persistent coordinator under its back-off supervisor (the singleton).</summary>
    public const string CoordinatorName = "coordinator";

    public static CoordinatorPlacement Local(IActorRef coordinator) => new(coordinator, false);

    /// <summary>Starts what this member contributes to the coordinator of <paramref name="typeName"/> and returns how its region reaches it.</summary>
    public static CoordinatorPlacement Start(ActorSystem system, string regionName, string typeName, ShardingSettings settings, Cluster? cluster, bool hostsShards)
    {
        var managerName = regionName + "-coordinator";
        if (cluster is null)
        {
            return Local(system.SystemActorOf(ShardCoordinator.Props(typeName, settings, null), managerName));
        }
        if (hostsShards)
        {
            var manager = ClusterSingletonManagerSettings.Default with
            {
                Role = settings.Role,
                HandOverRetryInterval = settings.CoordinatorHandOverRetryInterval,
                RemovalMargin = settings.CoordinatorRemovalMargin,
            };
            system.SystemActorOf(ClusterSingletonManager.Props(cluster, SingletonProps(system, typeName, settings, cluster), PoisonPill.Instance, manager), managerName);
        }
        var proxy = ClusterSingletonProxySettings.Default with
        {
            Role = settings.Role,
            SingletonIdentificationInterval = settings.RetryInterval,
            BufferSize = ClusterSingletonProxySettings.MaxBufferSize,
        };
        return new(system.SystemActorOf(ClusterSingletonProxy.Props(cluster, "/system/" + managerName, proxy), managerName + "-proxy"), true);
    }

    private static Props SingletonProps(ActorSystem system, string typeName, ShardingSettings settings, Cluster cluster)
    {
        if (!ShardingPersistence.IsStarted(system))
        {
            system.Log.LogWarning(
                "Sharding of {TypeName}: persistence is not started on actor system {System}, so the shard coordinator keeps its allocations in memory "
                + "and a new coordinator only learns the shards regions report; start persistence before sharding", typeName, system.Name);
            return ShardCoordinator.Props(typeName, settings, cluster);
        }
        var coordinator = PersistentShardCoordinator.Props(typeName, settings, cluster);
        return BackoffSupervisor.Props(BackoffOptions.OnStop(coordinator, CoordinatorName, settings.RetryInterval, settings.RetryInterval * 10, 0.2));
    }
}
