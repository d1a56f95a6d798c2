using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using ActorOrchestrator.Actors.Cluster.TestNode;
using ActorOrchestrator.Actors.Remote;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.Support;

/// <summary>One cluster member in the test process: an actor system named "cluster" with remoting on loopback.</summary>
internal sealed class TestMember : IAsyncDisposable
{
    /// <summary>Loopback, any free port, timings short enough for tests.</summary>
    public static readonly RemoteSettings FastRemoting = NodeTimings.FastRemoting with
    {
        Port = 0,
        HeartbeatInterval = TimeSpan.FromMilliseconds(100),
    };

    /// <summary>Cluster timings a few times faster than the defaults.</summary>
    public static readonly ClusterSettings FastCluster = NodeTimings.FastCluster with
    {
        SplitBrainResolver = NodeTimings.FastCluster.SplitBrainResolver with { StableAfter = TimeSpan.FromSeconds(1) },
    };

    private readonly ILoggerFactory _logs;

    private TestMember(string name, ITestOutputHelper output, TimeSpan leaveTimeout, int port)
    {
        Name = name;
        _logs = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new OutputLoggerProvider(output, name)));
        var settings = ActorSystemSettings.Default with
        {
            RunCoordinatedShutdownOnProcessExit = false,
            ShutdownPhaseTimeouts = ActorSystemSettings.Default.ShutdownPhaseTimeouts.SetItem(CoordinatedShutdown.PhaseClusterLeave, leaveTimeout),
        };
        System = ActorSystem.Create("cluster", settings, _logs);
        Remoting = Remoting.Start(System, new ClusterMessageSerializer(TestMessages.Instance), FastRemoting with { Port = port });
    }

    public string Name { get; }

    public ActorSystem System { get; }

    public Remoting Remoting { get; }

    public Cluster? Cluster { get; private set; }

    public NodeAddress Address => new(Remoting.Address.Host, Remoting.Address.Port);

    /// <summary>
    /// A member listening on <paramref name="port"/> (0: any free port), not yet joining. <paramref name="leaveTimeout"/> bounds the graceful leave
    /// when its system terminates; short by default, because a crashed member (remoting stopped first) cannot leave.
    /// </summary>
    public static TestMember Bind(string name, ITestOutputHelper output, TimeSpan? leaveTimeout = null, int port = 0) =>
        new(name, output, leaveTimeout ?? TimeSpan.FromSeconds(1), port);

    public Cluster Join(IEnumerable<NodeAddress> seeds, ClusterSettings? settings = null) =>
        Cluster = Cluster.Start(System, Remoting, (settings ?? FastCluster) with { SeedNodes = [.. seeds] });

    public Task<CurrentClusterState> StateAsync() => Cluster!.GetStateAsync(TimeSpan.FromSeconds(5));

    /// <summary>The statuses this member sees, by host:port.</summary>
    public async Task<ImmutableSortedDictionary<string, MemberStatus>> StatusesAsync() =>
        (await StateAsync().ConfigureAwait(false)).Members.ToImmutableSortedDictionary(m => m.Address.ToString(), m => m.Status, StringComparer.Ordinal);

    /// <summary>Stops the member without leaving: its links close and it answers nothing any more.</summary>
    public async Task CrashAsync()
    {
        await Remoting.StopAsync().ConfigureAwait(false);
        await System.Terminate().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await CrashAsync().ConfigureAwait(false);
        _logs.Dispose();
    }
}
