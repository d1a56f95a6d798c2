using System.Diagnostics;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;

namespace ActorOrchestrator.Bench;

/// <summary>
/// Cluster sharding on one member: messages through the shard region to 100,000 entities (1,000 shards), first
/// while every entity is started by its first message, then to running entities. Median of several runs, each in a
/// fresh actor system.
/// </summary>
internal sealed class ShardingBenchmarks : IBenchmarkSuite
{
    private const int Runs = 5;
    private const int Entities = 100_000;
    private const int MessagesPerEntity = 10;

    public string Name => "sharding";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var starts = new List<double>();
        var steady = await BenchmarkReport.MedianAsync(Runs, () => ThroughputAsync(starts));
        starts.Sort();
        report.Add(new BenchmarkResult(Name, "first message to each of 100,000 entities (starts them)", starts[starts.Count / 2], "msg/s", "-", null));
        report.Add(new BenchmarkResult(Name, "sharded messages to 100,000 running entities, 1 member", steady, "msg/s", ">= 500,000", steady >= 500_000));
    }

    private static async Task<double> ThroughputAsync(List<double> starts)
    {
        await using var system = ActorSystem.Create("bench", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
        var settings = ShardingSettings.Default with { NumberOfShards = 1_000, PassivateIdleEntityAfter = null };
        var region = ClusterSharding.Start(system, "bench", Props.Create(static () => new CountingEntity()), settings, new BenchExtractor(settings.NumberOfShards), StopBench.Instance);
        var messages = Enumerable.Range(0, Entities).Select(static i => new BenchMessage("entity-" + i)).ToArray();

        var stopwatch = Stopwatch.StartNew();
        await SendAndAwaitAsync(region, messages, rounds: 1).ConfigureAwait(false);
        starts.Add(Entities / stopwatch.Elapsed.TotalSeconds);

        stopwatch.Restart();
        await SendAndAwaitAsync(region, messages, MessagesPerEntity).ConfigureAwait(false);
        return (double)Entities * MessagesPerEntity / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task SendAndAwaitAsync(IActorRef region, BenchMessage[] messages, int rounds)
    {
        var target = Interlocked.Read(ref CountingEntity.Received) + (long)messages.Length * rounds;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var message in messages)
            {
                region.Tell(message, null);
            }
        }
        while (Interlocked.Read(ref CountingEntity.Received) < target)
        {
            await Task.Delay(1).ConfigureAwait(false);
        }
    }

    private sealed record BenchMessage(string EntityId);

    private sealed record StopBench
    {
        public static readonly StopBench Instance = new();
    }

    private sealed class BenchExtractor(int numberOfShards) : HashCodeMessageExtractor(numberOfShards)
    {
        public override string? EntityId(object message) => (message as BenchMessage)?.EntityId;
    }

    private sealed class CountingEntity : ActorBase
    {
        public static long Received;

        protected override bool Receive(object message)
        {
            if (message is StopBench)
            {
                Context.Stop(Self);
            }
            else
            {
                Interlocked.Increment(ref Received);
            }
            return true;
        }
    }
}
