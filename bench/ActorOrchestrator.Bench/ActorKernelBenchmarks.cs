using System.Diagnostics;
using ActorOrchestrator.Actors;

namespace ActorOrchestrator.Bench;

/// <summary>
/// Actor kernel: tell throughput across many actor pairs, ping-pong and Ask round trips, spawn rate and the memory
/// of an idle actor. Each figure is the median of several runs, each run in a fresh actor system.
/// </summary>
internal sealed class ActorKernelBenchmarks : IBenchmarkSuite
{
    private const int Runs = 5;
    private static readonly object Ping = new();
    private static readonly object Pong = new();

    public string Name => "actors";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var perCpuSecond = new List<double>();
        var throughput = await BenchmarkReport.MedianAsync(Runs, () => TellThroughputAsync(pairs: 200, messagesPerPair: 100_000, window: 50, perCpuSecond));
        report.Add(new BenchmarkResult(Name, "tell throughput, 200 pairs", throughput, "msg/s", ">= 20,000,000", throughput >= 20_000_000));
        // Other processes share this machine: messages per CPU-second of this process show the cost independent of that.
        perCpuSecond.Sort();
        report.Add(new BenchmarkResult(Name, "tell throughput per CPU-second of this process", perCpuSecond[perCpuSecond.Count / 2], "msg/cpu-s", "-", null));

        var pingPong = await BenchmarkReport.MedianAsync(Runs, () => PingPongRoundTripAsync(roundTrips: 200_000));
        report.Add(new BenchmarkResult(Name, "ping-pong round trip, 1 pair", pingPong, "µs", "-", null));

        var ask = await BenchmarkReport.MedianAsync(Runs, () => AskRoundTripAsync(asks: 200_000));
        report.Add(new BenchmarkResult(Name, "Ask round trip (median)", ask, "µs", "< 2", ask < 2));

        var spawn = await BenchmarkReport.MedianAsync(3, () => SpawnAsync(actors: 1_000_000));
        report.Add(new BenchmarkResult(Name, "spawn 1,000,000 actors under one parent", spawn, "s", "< 2", spawn < 2));

        var bytes = await BenchmarkReport.MedianAsync(3, () => BytesPerIdleActorAsync(actors: 200_000, started => new Idle(started)));
        report.Add(new BenchmarkResult(Name, "bytes per idle actor", bytes, "bytes/actor", "<= 300", bytes <= 300));

        var receiveActorBytes = await BenchmarkReport.MedianAsync(3, () => BytesPerIdleActorAsync(actors: 200_000, started => new IdleReceiveActor(started)));
        report.Add(new BenchmarkResult(Name, "bytes per idle ReceiveActor (2 handlers)", receiveActorBytes, "bytes/actor", "-", null));
    }

    private static ActorSystem NewSystem() =>
        ActorSystem.Create("bench", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });

    private static async Task<double> TellThroughputAsync(int pairs, int messagesPerPair, int window, List<double> perCpuSecond)
    {
        await using var system = NewSystem();
        using var done = new CountdownEvent(pairs);
        var pingers = new List<IActorRef>(pairs);
        for (var i = 0; i < pairs; i++)
        {
            var ponger = system.ActorOf(Props.Create(static () => new Ponger()));
            pingers.Add(system.ActorOf(Props.Create(() => new Pinger(ponger, messagesPerPair, window, done))));
        }
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        foreach (var pinger in pingers)
        {
            pinger.Tell(Ping, null);
        }
        done.Wait();
        stopwatch.Stop();
        process.Refresh();
        var messages = 2.0 * pairs * messagesPerPair;
        perCpuSecond.Add(messages / (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        return messages / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> PingPongRoundTripAsync(int roundTrips)
    {
        await using var system = NewSystem();
        using var done = new CountdownEvent(1);
        var ponger = system.ActorOf(Props.Create(static () => new Ponger()));
        var pinger = system.ActorOf(Props.Create(() => new Pinger(ponger, roundTrips, 1, done)));
        var stopwatch = Stopwatch.StartNew();
        pinger.Tell(Ping, null);
        done.Wait();
        return stopwatch.Elapsed.TotalMicroseconds / roundTrips;
    }

    private static async Task<double> AskRoundTripAsync(int asks)
    {
        await using var system = NewSystem();
        var echo = system.ActorOf(Props.Create(static () => new Ponger()));
        var timeout = TimeSpan.FromSeconds(10);
        var latencies = new double[asks];
        await Task.Run(async () =>
        {
            for (var i = 0; i < asks; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await echo.Ask<object>(Ping, timeout).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }).ConfigureAwait(false);
        Array.Sort(latencies);
        return latencies[asks / 2];
    }

    private static async Task<double> SpawnAsync(int actors)
    {
        await using var system = NewSystem();
        using var started = new CountdownEvent(actors);
        var props = Props.Create(() => new Idle(started));
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < actors; i++)
        {
            system.ActorOf(props);
        }
        started.Wait();
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> BytesPerIdleActorAsync(int actors, Func<CountdownEvent, ActorBase> create)
    {
        await using var system = NewSystem();
        using var warmedUp = new CountdownEvent(1);
        system.ActorOf(Props.Create(() => new Idle(warmedUp)));
        warmedUp.Wait();
        using var started = new CountdownEvent(actors);
        var props = Props.Create(() => create(started));
        var refs = new IActorRef[actors];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < actors; i++)
        {
            refs[i] = system.ActorOf(props);
        }
        started.Wait();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(refs);
        // The array of refs kept by the benchmark is not part of the actors.
        return (after - before - (long)actors * IntPtr.Size) / (double)actors;
    }

    private sealed class Ponger : ActorBase
    {
        protected override bool Receive(object message)
        {
            Sender.Tell(Pong, Self);
            return true;
        }
    }

    private sealed class Pinger(IActorRef ponger, int total, int window, CountdownEvent done) : ActorBase
    {
        private int _sent;
        private int _received;

        protected override bool Receive(object message)
        {
            if (ReferenceEquals(message, Ping))
            {
                for (var i = 0; i < window && _sent < total; i++, _sent++)
                {
                    ponger.Tell(Ping, Self);
                }
                return true;
            }
            _received++;
            if (_sent < total)
            {
                _sent++;
                ponger.Tell(Ping, Self);
            }
            else if (_received == total)
            {
                done.Signal();
            }
            return true;
        }
    }

    private sealed class IdleReceiveActor : ReceiveActor
    {
        public IdleReceiveActor(CountdownEvent started)
        {
            Receive<string>(_ => { });
            Receive<int>(_ => { });
            started.Signal();
        }
    }

    private sealed class Idle(CountdownEvent started) : ActorBase
    {
        protected override void PreStart() => started.Signal();

        protected override bool Receive(object message) => true;
    }
}
