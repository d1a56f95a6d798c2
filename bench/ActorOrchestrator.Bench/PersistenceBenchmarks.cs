using System.Diagnostics;
using System.Threading.Channels;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

namespace ActorOrchestrator.Bench;

/// <summary>
/// The journal on SQLite and PostgreSQL with durable commits: events/s with many concurrently writing entities (each
/// waits for its write to be acknowledged before the next, as a persistent actor does), replay of one entity with
/// 100,000 events, and how soon a live all-events reader sees an acknowledged event.
/// </summary>
internal sealed class PersistenceBenchmarks : IBenchmarkSuite
{
    private const int Runs = 3;
    private const int RecoveryEvents = 100_000;
    private const int LatencySamples = 400;
    private static readonly TimeSpan WriteDuration = TimeSpan.FromSeconds(3);
    private static readonly int[] WriterCounts = [1, 100, 1_000, 10_000];

    public string Name => "persistence";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        await using var stores = new PersistenceBenchStores();
        List<PersistenceProvider> providers = [PersistenceProvider.Sqlite];
        if (stores.HasPostgres)
        {
            providers.Add(PersistenceProvider.PostgreSql);
        }
        else
        {
            Console.Error.WriteLine("  AO_TEST_POSTGRES is not set: PostgreSQL is skipped (./build.sh bench starts one and sets it).");
        }
        foreach (var provider in providers)
        {
            var label = provider == PersistenceProvider.Sqlite ? "SQLite" : "PostgreSQL";
            // Warm up (tiered compilation, thread pool growth) on the busiest case before measuring.
            await WriteThroughputAsync(stores, provider, 1_000, TimeSpan.FromSeconds(3));
            foreach (var writers in WriterCounts)
            {
                var median = await BenchmarkReport.MedianAsync(Runs, () => WriteThroughputAsync(stores, provider, writers, WriteDuration));
                double? target = writers == 1_000 ? (provider == PersistenceProvider.Sqlite ? 80_000 : 40_000) : null;
                report.Add(Result($"{label} persist, {writers:N0} concurrent writers", median, "events/s", target, higherIsBetter: true));
            }
            var recovery = await RecoveryAsync(stores, provider);
            report.Add(Result($"{label} recovery of one entity, {RecoveryEvents:N0} events", recovery, "events/s",
                provider == PersistenceProvider.Sqlite ? 500_000 : 200_000, higherIsBetter: true));
            var latency = await BenchmarkReport.MedianAsync(Runs, () => TailLatencyP99Async(stores, provider));
            report.Add(Result($"{label} live all-events reader, commit to delivery p99", latency, "ms", 10, higherIsBetter: false));
        }
    }

    private BenchmarkResult Result(string measurement, double median, string unit, double? target, bool higherIsBetter)
    {
        var targetText = target is null ? "-" : $"{(higherIsBetter ? ">=" : "<=")} {target.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}";
        bool? met = target is null ? null : higherIsBetter ? median >= target : median <= target;
        return new BenchmarkResult(Name, measurement, median, unit, targetText, met);
    }

    private static async Task<double> WriteThroughputAsync(PersistenceBenchStores stores, PersistenceProvider provider, int writers, TimeSpan duration)
    {
        await using var store = await stores.OpenAsync(provider);
        var stop = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var persistenceId = $"bench/{writer}";
            long seq = 0;
            while (stop.Elapsed < duration)
            {
                seq++;
                await store.Journal.WriteMessagesAsync(
                    [new AtomicWrite(new PersistentEvent(persistenceId, seq, new PersistenceBenchEvent("node-1", (int)seq), "bench"))],
                    CancellationToken.None).ConfigureAwait(false);
            }
            return seq;
        })));
        return counts.Sum() / stop.Elapsed.TotalSeconds;
    }

    private static async Task<double> RecoveryAsync(PersistenceBenchStores stores, PersistenceProvider provider)
    {
        await using var store = await stores.OpenAsync(provider);
        const int perWrite = 1_000;
        for (var from = 1; from <= RecoveryEvents; from += perWrite)
        {
            var events = Enumerable.Range(from, perWrite)
                .Select(seq => new PersistentEvent("bench/recovering", seq, new PersistenceBenchEvent("node-1", seq), "bench"))
                .ToList();
            await store.Journal.WriteMessagesAsync([new AtomicWrite(events)], CancellationToken.None);
        }
        // Warm up until the replay path runs fully optimised code (tiered compilation), then measure.
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            await ReplayAsync(store);
        }
        return await BenchmarkReport.MedianAsync(7, () => ReplayAsync(store));
    }

    private static async Task<double> ReplayAsync(IPersistenceStore store)
    {
        var replayed = 0;
        var clock = Stopwatch.StartNew();
        await store.Journal.ReplayMessagesAsync("bench/recovering", 1, long.MaxValue, long.MaxValue, _ => replayed++, CancellationToken.None);
        clock.Stop();
        if (replayed != RecoveryEvents)
        {
            throw new InvalidOperationException($"replayed {replayed} events, expected {RecoveryEvents}");
        }
        return replayed / clock.Elapsed.TotalSeconds;
    }

    /// <summary>p99 of the time from a write's acknowledgement to its delivery by a live all-events reader (in ms).</summary>
    private static async Task<double> TailLatencyP99Async(PersistenceBenchStores stores, PersistenceProvider provider)
    {
        await using var store = await stores.OpenAsync(provider);
        using var stop = new CancellationTokenSource();
        var deliveries = Channel.CreateUnbounded<(long Ordering, long At)>();
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in store.Queries.AllEvents(0, stop.Token))
                {
                    deliveries.Writer.TryWrite((e.Ordering, Stopwatch.GetTimestamp()));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        var samples = new List<double>(LatencySamples);
        for (var seq = 1; seq <= LatencySamples; seq++)
        {
            var result = await store.Journal.WriteMessagesAsync(
                [new AtomicWrite(new PersistentEvent("bench/latency", seq, new PersistenceBenchEvent("node-1", seq), "bench"))], CancellationToken.None);
            var acknowledged = Stopwatch.GetTimestamp();
            var ordering = result[0].Orderings[0];
            while (true)
            {
                var (delivered, at) = await deliveries.Reader.ReadAsync();
                if (delivered == ordering)
                {
                    samples.Add(Math.Max(0, Stopwatch.GetElapsedTime(acknowledged, at).TotalMilliseconds));
                    break;
                }
            }
        }
        await stop.CancelAsync();
        await reading;
        samples.Sort();
        return samples[(int)Math.Ceiling(samples.Count * 0.99) - 1];
    }
}
