using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Bench;

/// <summary>
/// Cluster membership with default settings over loopback: time for 3 member processes to be Up (from starting
/// the processes, so .NET start-up is included), time for 3 and 10 members in this process (one actor system and
/// remoting each) to be Up from Cluster.Start, and time from SIGKILL of a member process until a survivor sees it Down.
/// </summary>
internal sealed class ClusterBenchmarks : IBenchmarkSuite
{
    private const int Runs = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public string Name => "cluster";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(ClusterBenchMember.PortVariable) is { } port)
        {
            await ServeAsMemberAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), Environment.GetEnvironmentVariable(ClusterBenchMember.SeedsVariable) ?? "").ConfigureAwait(false);
            return;
        }
        var three = await BenchmarkReport.MedianAsync(Runs, () => FormWithProcessesAsync(3)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "3 member processes all Up, from process start", three, "s", "<= 3", three <= 3));

        var threeInProcess = await BenchmarkReport.MedianAsync(Runs, () => FormInProcessAsync(3)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "3 members (one process, 3 actor systems) all Up", threeInProcess, "s", "<= 3", threeInProcess <= 3));

        var ten = await BenchmarkReport.MedianAsync(Runs, () => FormInProcessAsync(10)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "10 members (one process, 10 actor systems) all Up", ten, "s", "-", null));

        var down = await BenchmarkReport.MedianAsync(Runs, KillToDownAsync).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "SIGKILL of a member process to Down, defaults", down, "s", "<= 10", down <= 10));
    }

    private static string[] LoopbackSeeds(int count) => [.. Enumerable.Range(0, count).Select(_ => "127.0.0.1:" + ClusterBenchMember.FreePort())];

    private static async Task<double> FormWithProcessesAsync(int count)
    {
        var seeds = LoopbackSeeds(count);
        var started = Stopwatch.GetTimestamp();
        var members = seeds.Select(s => ClusterBenchMember.Start(int.Parse(s.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), seeds)).ToList();
        try
        {
            var last = 0L;
            foreach (var member in members)
            {
                foreach (var seed in seeds)
                {
                    last = Math.Max(last, await member.WhenAsync(l => l == $"EVENT MemberUp {seed}", Patience).ConfigureAwait(false));
                }
            }
            return Stopwatch.GetElapsedTime(started, last).TotalSeconds;
        }
        finally
        {
            foreach (var member in members)
            {
                await member.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<double> KillToDownAsync()
    {
        var seeds = LoopbackSeeds(3);
        var members = seeds.Select(s => ClusterBenchMember.Start(int.Parse(s.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), seeds)).ToList();
        try
        {
            foreach (var seed in seeds)
            {
                await members[0].WhenAsync(l => l == $"EVENT MemberUp {seed}", Patience).ConfigureAwait(false);
            }
            var victim = members[2];
            var killed = Stopwatch.GetTimestamp();
            victim.Kill();
            var downed = await members[0].WhenAsync(l => l == $"EVENT MemberDowned {victim.Address}", Patience).ConfigureAwait(false);
            return Stopwatch.GetElapsedTime(killed, downed).TotalSeconds;
        }
        finally
        {
            foreach (var member in members)
            {
                await member.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<double> FormInProcessAsync(int count)
    {
        var systems = new List<(ActorSystem System, Remoting Remoting)>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var system = ActorSystem.Create("cluster", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false, RunCoordinatedShutdownOnTerminate = false });
                systems.Add((system, Remoting.Start(system, new ClusterMessageSerializer(NoMessages.Instance), RemoteSettings.Default with { Port = 0 })));
            }
            var seeds = systems.Select(s => new NodeAddress(s.Remoting.Address.Host, s.Remoting.Address.Port)).ToArray();
            var started = Stopwatch.GetTimestamp();
            var clusters = systems.Select(s => Cluster.Start(s.System, s.Remoting, ClusterSettings.Default with { SeedNodes = [.. seeds] })).ToList();
            var deadline = DateTime.UtcNow + Patience;
            foreach (var cluster in clusters)
            {
                while (true)
                {
                    var state = await cluster.GetStateAsync().ConfigureAwait(false);
                    if (state.Members.Length == count && state.Members.All(m => m.Status == MemberStatus.Up))
                    {
                        break;
                    }
                    if (DateTime.UtcNow > deadline)
                    {
                        throw new TimeoutException($"{count} in-process members were not all Up within {Patience.TotalSeconds:0} s");
                    }
                    await Task.Delay(10).ConfigureAwait(false);
                }
            }
            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        finally
        {
            foreach (var (_, remoting) in systems)
            {
                await remoting.StopAsync().ConfigureAwait(false);
            }
            await Task.WhenAll(systems.Select(s => s.System.Terminate())).ConfigureAwait(false);
        }
    }

    /// <summary>The member process: joins with default settings and reports every member event on stderr.</summary>
    private static async Task ServeAsMemberAsync(int port, string seeds)
    {
        await using var system = ActorSystem.Create("cluster", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
        var remoting = Remoting.Start(system, new ClusterMessageSerializer(NoMessages.Instance), RemoteSettings.Default with { Port = port });
        var cluster = Cluster.Start(system, remoting, ClusterSettings.Default with
        {
            SeedNodes = [.. seeds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(NodeAddress.Parse)],
        });
        using var events = system.CreateFunctionRef((message, _) =>
        {
            if (message is IMemberEvent memberEvent)
            {
                Console.Error.WriteLine($"EVENT {memberEvent.GetType().Name} {memberEvent.Member.Address}");
            }
        });
        cluster.Subscribe(events);
        await Task.Run(() => Console.In.ReadToEnd()).ConfigureAwait(false);
    }

    private sealed class NoMessages : IMessageSerializer
    {
        public static readonly NoMessages Instance = new();

        public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
        {
            manifest = null;
            return false;
        }

        public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
        {
            message = null;
            return false;
        }
    }
}
