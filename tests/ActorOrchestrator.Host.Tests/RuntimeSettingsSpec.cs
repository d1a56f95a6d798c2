using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Actors.Remote;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Hocon;
using ActorOrchestrator.Host.Settings;

namespace ActorOrchestrator.Host.Tests;

public sealed class RuntimeSettingsSpec
{
    private static readonly Config Defaults = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf"));

    private static HostSettings Read(string overrides) =>
        HostSettings.From(Config.ParseString(overrides, "app.conf").WithFallback(Defaults).Resolve(_ => null));

    [Fact]
    public void The_defaults_of_reference_conf_are_the_runtime_libraries_defaults()
    {
        var settings = Read("");

        Assert.Equal(RemoteSettings.Default, settings.Remote);
        var cluster = ClusterSettings.Default;
        Assert.Equal(
            cluster,
            settings.Cluster with { SeedNodes = cluster.SeedNodes, Roles = cluster.Roles, MinNrOfMembersOfRole = cluster.MinNrOfMembersOfRole });
        Assert.Empty(settings.Cluster.SeedNodes);
        Assert.Equal(cluster.Roles, settings.Cluster.Roles);
        Assert.Empty(settings.Cluster.MinNrOfMembersOfRole);
        Assert.Equal(ClusterSingletonManagerSettings.Default, settings.Singleton);
        Assert.Equal(ClusterSingletonProxySettings.Default, settings.SingletonProxy);
        Assert.Equal(ShardingSettings.Default, settings.Sharding);
        Assert.Equal(ReadModelSettings.Default, settings.ReadModel);
        Assert.Equal(ContainerRuntimeKind.Auto, settings.Node.Runtime);
    }

    [Fact]
    public void Seed_nodes_roles_and_cluster_values_reach_the_cluster_settings()
    {
        var settings = Read("""
            ao.node { roles = [worker], seed-nodes = ["10.0.0.1:7400", "10.0.0.2:7400"] }
            ao.cluster {
              app-version = "1.2.3", allow-weakly-up-members = off, role.worker.min-nr-of-members = 2
              split-brain-resolver { active-strategy = keep-oldest, down-all-when-unstable = 15s, role = control-plane }
              failure-detector.threshold = 10
            }
            """);

        Assert.Equal([new NodeAddress("10.0.0.1", 7400), new NodeAddress("10.0.0.2", 7400)], settings.Cluster.SeedNodes.ToArray());
        Assert.Equal(["worker"], settings.Cluster.Roles);
        Assert.Equal("1.2.3", settings.Cluster.AppVersion);
        Assert.Null(settings.Cluster.AllowWeaklyUpMembers);
        Assert.Equal(2, settings.Cluster.MinNrOfMembersOfRole["worker"]);
        Assert.Equal(DowningStrategyKind.KeepOldest, settings.Cluster.SplitBrainResolver.ActiveStrategy);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.Cluster.SplitBrainResolver.DownAllWhenUnstableAfter);
        Assert.Equal("control-plane", settings.Cluster.SplitBrainResolver.Role);
        Assert.Equal(10.0, settings.Cluster.FailureDetector.Threshold);
    }

    [Fact]
    public void Remote_singleton_sharding_and_read_model_values_are_read_with_their_units()
    {
        var settings = Read("""
            ao.remote { hostname = "10.1.1.1", port = 0, maximum-frame-size = 1MiB, failure-detector.acceptable-heartbeat-pause = 20s }
            ao.cluster.singleton { role = control-plane, removal-margin = 2s }
            ao.cluster.singleton-proxy.buffer-size = 50
            ao.cluster.sharding { passivate-idle-entity-after = off, number-of-shards = 30 }
            ao.read-model.watch-window = 500
            """);

        Assert.Equal(("10.1.1.1", 0, 1024 * 1024), (settings.Remote.Hostname, settings.Remote.Port, settings.Remote.MaximumFrameSize));
        Assert.Equal(TimeSpan.FromSeconds(20), settings.Remote.AcceptableHeartbeatPause);
        Assert.Equal(("control-plane", TimeSpan.FromSeconds(2)), (settings.Singleton.Role, settings.Singleton.RemovalMargin));
        Assert.Equal(50, settings.SingletonProxy.BufferSize);
        Assert.Null(settings.Sharding.PassivateIdleEntityAfter);
        Assert.Equal(30, settings.Sharding.NumberOfShards);
        Assert.Equal(500, settings.ReadModel.WatchWindow);
    }

    [Theory]
    [InlineData("ao.remote.port = 70000", "ao.remote.port")]
    [InlineData("ao.cluster.gossip-interval = 0s", "ao.cluster.gossip-interval")]
    [InlineData("ao.cluster.split-brain-resolver.active-strategy = coin-toss", "ao.cluster.split-brain-resolver.active-strategy")]
    [InlineData("ao.cluster.singleton-proxy.buffer-size = 20000", "ao.cluster.singleton-proxy.buffer-size")]
    [InlineData("ao.cluster.sharding.number-of-shards = 0", "ao.cluster.sharding.number-of-shards")]
    [InlineData("ao.read-model.watch-window = 0", "ao.read-model.watch-window")]
    [InlineData("ao.node.runtime = podman", "ao.node.runtime")]
    public void A_value_a_component_refuses_stops_start_up_naming_its_key(string overrides, string key)
    {
        var error = Assert.ThrowsAny<Exception>(() => Read(overrides));

        Assert.True(error is ConfigException or InvalidSettingsException, error.ToString());
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void The_docker_runtime_is_refused_saying_it_is_not_in_this_version()
    {
        var error = Assert.ThrowsAny<ConfigException>(() => Read("ao.node.runtime = docker"));

        Assert.Contains("ao.node.runtime", error.Message);
        Assert.Contains("Docker driver, which is not in this version", error.Message);
    }
}
