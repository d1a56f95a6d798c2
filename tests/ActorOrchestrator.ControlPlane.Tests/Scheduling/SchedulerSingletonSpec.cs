using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Actors.Remote;
using ActorOrchestrator.ControlPlane.Scheduling;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulerHarness;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

/// <summary>The scheduler started as the host starts it on a cluster member: under a singleton manager, over real loopback TCP.</summary>
public sealed class SchedulerSingletonSpec : IAsyncLifetime
{
    private SchedulerHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await SchedulerHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task On_a_cluster_member_with_the_control_plane_role_the_scheduler_runs_as_the_singleton_and_binds_pods()
    {
        var remoting = Remoting.Start(_harness.System, new ClusterMessageSerializer(NoProductMessages.Instance), RemoteSettings.Default with { Port = 0 });
        var self = new NodeAddress(remoting.Address.Host, remoting.Address.Port);
        var cluster = Cluster.Start(_harness.System, remoting, ClusterSettings.Default with { SeedNodes = [self], Roles = ["control-plane"] });
        await _harness.CreateAsync(Node("node-1"));
        await _harness.CreateAsync(Pod("web-1"));

        var manager = SchedulerSingleton.Start(
            _harness.System, cluster, ClusterSingletonManagerSettings.Default, _harness.View, _harness.Client, _harness.Events,
            SchedulerSettings.Default, _harness.Logs);

        await EventuallyAsync(() => _harness.NodeOf("web-1") == "node-1", "web-1 bound by the singleton");
        Assert.Equal(["user", SchedulerSingleton.Name], manager.Path.Elements);
        Assert.NotNull(_harness.System.ResolveLocal(manager.Path / ClusterSingletonManagerSettings.Default.SingletonName));
    }
}
