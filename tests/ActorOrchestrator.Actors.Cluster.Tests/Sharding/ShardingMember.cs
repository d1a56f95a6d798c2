using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Cluster.Tests.Support;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Remote;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>
/// One member in the test process with remoting on loopback, persistence on the spec's shared journal, and the "echo"
/// entity type sharded over the cluster.
/// </summary>
internal sealed class ShardingMember : IAsyncDisposable
{
    public const int Shards = 12;
    public const string TypeName = "echo";

    private readonly ILoggerFactory _logs;

    private ShardingMember(string name, ITestOutputHelper output, IPersistenceStore store)
    {
        Name = name;
        _logs = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new OutputLoggerProvider(output, name)));
        var settings = ActorSystemSettings.Default with
        {
            RunCoordinatedShutdownOnProcessExit = false,
            ShutdownPhaseTimeouts = ActorSystemSettings.Default.ShutdownPhaseTimeouts.SetItem(CoordinatedShutdown.PhaseClusterLeave, TimeSpan.FromSeconds(1)),
        };
        System = ActorSystem.Create("cluster", settings, _logs);
        Remoting = Remoting.Start(System, new ClusterMessageSerializer(new ShardingMessageSerializer(ShardingTestMessages.Instance)), TestMember.FastRemoting);
        PersistenceExtension.Start(System, store);
    }

    public string Name { get; }

    public ActorSystem System { get; }

    public Remoting Remoting { get; }

    public Cluster Cluster { get; private set; } = null!;

    public IActorRef Region { get; private set; } = null!;

    public NodeAddress Address => new(Remoting.Address.Host, Remoting.Address.Port);

    public static ShardingMember Bind(string name, ITestOutputHelper output, IPersistenceStore store) => new(name, output, store);

    public void Join(IEnumerable<NodeAddress> seeds) =>
        Cluster = Cluster.Start(System, Remoting, TestMember.FastCluster with { SeedNodes = [.. seeds] });

    public void StartSharding(ShardingSettings settings, EntityLifecycleLog log)
    {
        var name = Name;
        Region = ClusterSharding.Start(
            System, TypeName, Props.Create(() => new MemberEchoEntity(name, log)), settings, new TestExtractor(Shards), StopEntity.Instance, Cluster);
    }

    /// <summary>The allocation table of the coordinator running on this member (fails when it runs elsewhere).</summary>
    public Task<CoordinatorState> CoordinatorStateAsync() =>
        Remoting.ActorFor(Remoting.Address, "/system/sharding-echo-coordinator/singleton/" + CoordinatorPlacement.CoordinatorName)
            .Ask<CoordinatorState>(GetCoordinatorState.Instance, TimeSpan.FromSeconds(1));

    /// <summary>Stops the member without leaving: its links close and it answers nothing any more.</summary>
    public async Task CrashAsync()
    {
        await Remoting.StopAsync();
        await System.Terminate();
    }

    public async ValueTask DisposeAsync()
    {
        await CrashAsync();
        _logs.Dispose();
    }
}
