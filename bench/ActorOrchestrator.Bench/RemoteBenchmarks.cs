using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Bench;

/// <summary>
/// Remoting over loopback: one-way tell throughput of a small message from one member to another (flow-controlled so
/// nothing is dropped; measured for a positional record and for a record with init properties),
/// ping-pong throughput with many actor pairs, and the round trip of one ping-pong pair. The far member runs in a
/// second process (this benchmark started again with AO_BENCH_REMOTE_PEER=1), as in a real cluster.
/// </summary>
internal sealed class RemoteBenchmarks : IBenchmarkSuite
{
    private const int Runs = 5;
    private const string PeerVariable = "AO_BENCH_REMOTE_PEER";

    public string Name => "remote";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(PeerVariable) == "1")
        {
            await ServeAsPeerAsync().ConfigureAwait(false);
            return;
        }
        await using var peer = await PeerProcess.StartAsync().ConfigureAwait(false);
        await using var system = ActorSystem.Create("bench", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
        await using var remoting = Remoting.Start(system, new BenchSerializer(), RemoteSettings.Default with { Port = 0 });
        var counter = remoting.ActorFor(peer.Address, "/user/counter");
        var echo = remoting.ActorFor(peer.Address, "/user/echo");
        await OneWayAsync(system, counter, new BenchPing(1), 2_000_000).ConfigureAwait(false);
        await PingPongThroughputAsync(system, echo, pairs: 50, roundTripsPerPair: 5_000, window: 100).ConfigureAwait(false);

        var oneWay = await BenchmarkReport.MedianAsync(Runs, () => OneWayAsync(system, counter, new BenchPing(1), 2_000_000)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "remote tell throughput, one way, 2 processes", oneWay, "msg/s", ">= 1,000,000", oneWay >= 1_000_000));

        var oneWayInit = await BenchmarkReport.MedianAsync(Runs, () => OneWayAsync(system, counter, new BenchTick { Sequence = 1 }, 2_000_000)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "same, message record with init properties", oneWayInit, "msg/s", ">= 1,000,000", oneWayInit >= 1_000_000));

        var pingPong = await BenchmarkReport.MedianAsync(Runs, () => PingPongThroughputAsync(system, echo, pairs: 50, roundTripsPerPair: 20_000, window: 100)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "remote ping-pong throughput, 50 pairs (both directions)", pingPong, "msg/s", "-", null));

        var latency = await BenchmarkReport.MedianAsync(Runs, () => RoundTripAsync(system, echo, roundTrips: 10_000)).ConfigureAwait(false);
        report.Add(new BenchmarkResult(Name, "remote ping-pong round trip, 1 pair", latency, "µs", "-", null));
    }

    /// <summary>Sends <paramref name="total"/> messages with at most a window in flight; the far counter acknowledges in batches.</summary>
    private static async Task<double> OneWayAsync(ActorSystem system, IActorRef counter, object message, int total)
    {
        const int ackEvery = 10_000;
        const int window = 100_000;
        var acknowledged = 0L;
        var credits = new SemaphoreSlim(0);
        using var acks = system.CreateFunctionRef((message, _) =>
        {
            if (message is BenchAck ack)
            {
                Interlocked.Exchange(ref acknowledged, ack.Count);
                credits.Release();
            }
        });
        counter.Tell(new BenchReset(total, ackEvery), acks);
        await credits.WaitAsync().ConfigureAwait(false);
        var stopwatch = Stopwatch.StartNew();
        await Task.Run(async () =>
        {
            for (var sent = 0; sent < total; sent++)
            {
                while (sent - Interlocked.Read(ref acknowledged) >= window)
                {
                    await credits.WaitAsync().ConfigureAwait(false);
                }
                counter.Tell(message, acks);
            }
            while (Interlocked.Read(ref acknowledged) < total)
            {
                await credits.WaitAsync().ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        return total / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> PingPongThroughputAsync(ActorSystem system, IActorRef echo, int pairs, int roundTripsPerPair, int window)
    {
        var done = new CountdownEvent(pairs);
        var pingers = Enumerable.Range(0, pairs)
            .Select(_ => system.ActorOf(Props.Create(() => new Pinger(echo, roundTripsPerPair, window, done))))
            .ToList();
        var stopwatch = Stopwatch.StartNew();
        foreach (var pinger in pingers)
        {
            pinger.Tell(BenchStart.Instance, null);
        }
        await Task.Run(done.Wait).ConfigureAwait(false);
        stopwatch.Stop();
        pingers.ForEach(system.Stop);
        return 2.0 * pairs * roundTripsPerPair / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> RoundTripAsync(ActorSystem system, IActorRef echo, int roundTrips)
    {
        var done = new CountdownEvent(1);
        var pinger = system.ActorOf(Props.Create(() => new Pinger(echo, roundTrips, 1, done)));
        var stopwatch = Stopwatch.StartNew();
        pinger.Tell(BenchStart.Instance, null);
        await Task.Run(done.Wait).ConfigureAwait(false);
        stopwatch.Stop();
        system.Stop(pinger);
        return stopwatch.Elapsed.TotalMicroseconds / roundTrips;
    }

    /// <summary>The far member: prints its address, then serves /user/counter and /user/echo until stdin closes.</summary>
    private static async Task ServeAsPeerAsync()
    {
        await using var system = ActorSystem.Create("peer", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
        await using var remoting = Remoting.Start(system, new BenchSerializer(), RemoteSettings.Default with { Port = 0 });
        system.ActorOf(Props.Create(static () => new Counter()), "counter");
        system.ActorOf(Props.Create(static () => new Echo()), "echo");
        Console.Error.WriteLine($"{PeerProcess.ReadyLine} {remoting.Address}");
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
    }

    private sealed record BenchPing(int Sequence);

    /// <summary>Same content as <see cref="BenchPing"/>; System.Text.Json reads init properties faster than constructor parameters.</summary>
    private sealed record BenchTick
    {
        public int Sequence { get; init; }
    }

    private sealed record BenchReset(int Total, int AckEvery);

    private sealed record BenchAck(long Count);

    private sealed class BenchStart
    {
        public static BenchStart Instance { get; } = new();
    }

    private sealed class Counter : ActorBase
    {
        private long _count;
        private int _ackEvery = 1;

        protected override bool Receive(object message)
        {
            if (message is BenchReset reset)
            {
                _count = 0;
                _ackEvery = reset.AckEvery;
                Sender.Tell(new BenchAck(0), Self);
                return true;
            }
            if (++_count % _ackEvery == 0)
            {
                Sender.Tell(new BenchAck(_count), Self);
            }
            return true;
        }
    }

    private sealed class Echo : ActorBase
    {
        protected override bool Receive(object message)
        {
            Sender.Tell(message, Self);
            return true;
        }
    }

    private sealed class Pinger(IActorRef echo, int total, int window, CountdownEvent done) : ActorBase
    {
        private int _sent;
        private int _received;

        protected override bool Receive(object message)
        {
            if (message is BenchStart)
            {
                for (; _sent < Math.Min(window, total); _sent++)
                {
                    echo.Tell(new BenchPing(_sent), Self);
                }
                return true;
            }
            _received++;
            if (_sent < total)
            {
                echo.Tell(new BenchPing(_sent++), Self);
            }
            else if (_received == total)
            {
                done.Signal();
            }
            return true;
        }
    }

    /// <summary>The benchmark's messages under fixed manifests, written with one reused JSON writer per thread.</summary>
    private sealed class BenchSerializer : IMessageSerializer
    {
        [ThreadStatic]
        private static Utf8JsonWriter? t_writer;

        private readonly Dictionary<Type, (string Manifest, JsonTypeInfo Info)> _byType = [];
        private readonly Dictionary<string, JsonTypeInfo> _byManifest = new(StringComparer.Ordinal);

        public BenchSerializer()
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNameCaseInsensitive = false, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
            Add(options, typeof(BenchPing), "BenchPing.v1");
            Add(options, typeof(BenchTick), "BenchTick.v1");
            Add(options, typeof(BenchReset), "BenchReset.v1");
            Add(options, typeof(BenchAck), "BenchAck.v1");
        }

        public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
        {
            if (!_byType.TryGetValue(message.GetType(), out var entry))
            {
                manifest = null;
                return false;
            }
            var writer = t_writer ??= new Utf8JsonWriter(output);
            writer.Reset(output);
            JsonSerializer.Serialize(writer, message, entry.Info);
            writer.Flush();
            manifest = entry.Manifest;
            return true;
        }

        public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
        {
            message = _byManifest.TryGetValue(manifest, out var info) ? JsonSerializer.Deserialize(utf8Json, info) : null;
            return message is not null;
        }

        private void Add(JsonSerializerOptions options, Type type, string manifest)
        {
            var info = options.GetTypeInfo(type);
            _byType[type] = (manifest, info);
            _byManifest[manifest] = info;
        }
    }

    /// <summary>This benchmark running again as the far member, in its own process.</summary>
    private sealed class PeerProcess : IAsyncDisposable
    {
        public const string ReadyLine = "REMOTE-PEER-READY";

        private readonly Process _process;

        private PeerProcess(Process process, RemoteAddress address)
        {
            _process = process;
            Address = address;
        }

        public RemoteAddress Address { get; }

        public static async Task<PeerProcess> StartAsync()
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!)
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
            }
            start.ArgumentList.Add("remote");
            start.Environment[PeerVariable] = "1";
            var process = Process.Start(start) ?? throw new InvalidOperationException("the benchmark's peer process did not start");
            while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith(ReadyLine, StringComparison.Ordinal))
                {
                    return new PeerProcess(process, RemoteAddress.Parse(line[(ReadyLine.Length + 1)..]));
                }
            }
            throw new InvalidOperationException("the benchmark's peer process exited before it was ready");
        }

        public async ValueTask DisposeAsync()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill();
            }
            await _process.WaitForExitAsync().ConfigureAwait(false);
            _process.Dispose();
        }
    }
}
