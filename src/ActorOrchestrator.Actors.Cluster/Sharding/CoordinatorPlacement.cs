using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Where a region finds the shard coordinator: a fixed actor (a single system), or the region of the oldest Up
/// member with the sharding role, which starts the coordinator as its child "coordinator" (a coordinator per
/// oldest member, like a singleton; a new one adopts the shards the regions report when they register).
/// </summary>
internal sealed record CoordinatorPlacement(IActorRef? Fixed, Cluster? Cluster, Remoting? Remoting, Props? CoordinatorProps)
{
    public const string ChildName = "coordinator";

    public static CoordinatorPlacement Local(IActorRef coordinator) => new(coordinator, null, null, null);

    public static CoordinatorPlacement OldestMember(Cluster cluster, Remoting remoting, Props coordinatorProps) =>
        new(null, cluster, remoting, coordinatorProps);
}
