using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Actors.Remote;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.Gateway;
using ActorOrchestrator.Hocon;
using ActorOrchestrator.NodeAgent.Agent;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.Host.Settings;

/// <summary>The sections of the configuration the host reads and hands to its components.</summary>
internal sealed record HostSettings(
    NodeSettings Node,
    GatewaySettings Api,
    ActorSystemSettings Actors,
    RemoteSettings Remote,
    ClusterSettings Cluster,
    ClusterSingletonManagerSettings Singleton,
    ClusterSingletonProxySettings SingletonProxy,
    ShardingSettings Sharding,
    SqlPersistenceSettings Persistence,
    PersistentActorSettings PersistentActors,
    ReadModelSettings ReadModel,
    ControlPlaneSettings ControlPlane,
    SchedulerSettings Scheduler,
    AgentSettings Agent,
    ContainerRuntimeSettings Runtime)
{
    /// <exception cref="ConfigException">a value is missing, mistyped or out of range; the message names its key.</exception>
    /// <exception cref="InvalidSettingsException">a component refuses a value; the message names its key.</exception>
    public static HostSettings From(Config root)
    {
        var node = NodeSettings.From(root.GetConfig("ao.node"));
        return new(
            node,
            ApiSection.From(root.GetConfig("ao.api")),
            ActorsSection.From(root.GetConfig("ao.actors")),
            RemoteSection.From(root.GetConfig("ao.remote")),
            ClusterSection.From(root.GetConfig("ao.cluster"), node),
            SingletonSection.ManagerFrom(root.GetConfig("ao.cluster.singleton")),
            SingletonSection.ProxyFrom(root.GetConfig("ao.cluster.singleton-proxy")),
            ShardingSection.From(root.GetConfig("ao.cluster.sharding")),
            PersistenceSection.StoreFrom(root.GetConfig("ao.persistence")),
            PersistenceSection.ActorsFrom(root.GetConfig("ao.persistence")),
            ReadModelSection.From(root.GetConfig("ao.read-model")),
            ControlPlaneSection.From(root.GetConfig("ao.control-plane")),
            SchedulerSection.From(root.GetConfig("ao.scheduler")),
            AgentSection.From(root.GetConfig("ao.agent"), node),
            RuntimeSection.From(root.GetConfig("ao.agent.runtime")));
    }
}
