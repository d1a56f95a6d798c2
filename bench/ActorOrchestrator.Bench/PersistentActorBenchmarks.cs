using System.Diagnostics;
using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Snapshots;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

namespace ActorOrchestrator.Bench;

/// <summary>
/// Persistent actors on SQLite and PostgreSQL with durable commits: recovery of one actor with 100,000 events (from
/// events alone, and from a snapshot plus a 10,000-event tail), and events/s with 1,000 actors persisting through Persist
/// (each waits for its handler before the next command, as a real entity does).
/// </summary>
internal sealed class PersistentActorBenchmarks : IBenchmarkSuite
{
    private const int Runs = 5;
    private const int RecoveryEvents = 100_000;
    private const int SnapshotAt = 90_000;
    private const int PersistingActors = 1_000;
    private static readonly TimeSpan PersistDuration = TimeSpan.FromSeconds(3);

    public string Name => "persistent-actor";

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
            var sqlite = provider == PersistenceProvider.Sqlite;
            var label = sqlite ? "SQLite" : "PostgreSQL";
            var (fromEvents, fromSnapshot) = await RecoveryAsync(stores, provider);
            report.Add(Result($"{label} actor recovery, {RecoveryEvents:N0} events, no snapshot", fromEvents, "events/s", sqlite ? 500_000 : 200_000));
            report.Add(Result($"{label} actor recovery, snapshot at {SnapshotAt:N0} + {RecoveryEvents - SnapshotAt:N0} events", fromSnapshot, "ms", null));
            await PersistThroughputAsync(stores, provider, TimeSpan.FromSeconds(1));
            var persisted = await BenchmarkReport.MedianAsync(Runs, () => PersistThroughputAsync(stores, provider, PersistDuration));
            report.Add(Result($"{label} Persist, {PersistingActors:N0} concurrently persisting actors", persisted, "events/s", sqlite ? 80_000 : 40_000));
        }
    }

    private BenchmarkResult Result(string measurement, double median, string unit, double? atLeast) => new(
        Name, measurement, median, unit,
        atLeast is null ? "-" : $">= {atLeast.Value.ToString("N0", CultureInfo.InvariantCulture)}",
        atLeast is null ? null : median >= atLeast);

    private static async Task<(double EventsPerSecond, double SnapshotMilliseconds)> RecoveryAsync(PersistenceBenchStores stores, PersistenceProvider provider)
    {
        await using var store = await stores.OpenAsync(provider);
        await WriteEventsAsync(store, "bench/plain");
        await WriteEventsAsync(store, "bench/snapshotted");
        await store.Snapshots.SaveAsync(
            new SnapshotMetadata("bench/snapshotted", SnapshotAt, DateTimeOffset.UtcNow), new PersistenceBenchEvent("state", SnapshotAt), CancellationToken.None);
        var system = ActorSystem.Create("bench-recovery", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
        try
        {
            PersistenceExtension.Start(system, store);
            for (var warmUp = 0; warmUp < 3; warmUp++)
            {
                await RecoverOnceAsync(system, "bench/plain");
            }
            var fromEvents = await BenchmarkReport.MedianAsync(Runs, async () => RecoveryEvents / (await RecoverOnceAsync(system, "bench/plain")).TotalSeconds);
            var fromSnapshot = await BenchmarkReport.MedianAsync(Runs, async () => (await RecoverOnceAsync(system, "bench/snapshotted")).TotalMilliseconds);
            return (fromEvents, fromSnapshot);
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static async Task WriteEventsAsync(IPersistenceStore store, string persistenceId)
    {
        const int perWrite = 1_000;
        for (var from = 1; from <= RecoveryEvents; from += perWrite)
        {
            var events = Enumerable.Range(from, perWrite)
                .Select(seq => new PersistentEvent(persistenceId, seq, new PersistenceBenchEvent("node-1", seq), "bench"))
                .ToList();
            await store.Journal.WriteMessagesAsync([new AtomicWrite(events)], CancellationToken.None);
        }
    }

    private static async Task<TimeSpan> RecoverOnceAsync(ActorSystem system, string persistenceId)
    {
        var recovered = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var actor = system.ActorOf(Props.Create(() => new BenchRecoveringActor(persistenceId, recovered)));
        var lastSequenceNr = await recovered.Task;
        clock.Stop();
        system.Stop(actor);
        if (lastSequenceNr != RecoveryEvents)
        {
            throw new InvalidOperationException($"recovered up to {lastSequenceNr}, expected {RecoveryEvents}");
        }
        return clock.Elapsed;
    }

    private static async Task<double> PersistThroughputAsync(PersistenceBenchStores stores, PersistenceProvider provider, TimeSpan duration)
    {
        await using var store = await stores.OpenAsync(provider);
        var system = ActorSystem.Create("bench-persist", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
        try
        {
            PersistenceExtension.Start(system, store);
            var counter = new BenchPersistCounter();
            var actors = Enumerable.Range(0, PersistingActors)
                .Select(i => system.ActorOf(Props.Create(() => new BenchPersistingActor($"bench/persisting-{i}", counter))))
                .ToList();
            await counter.AllRecoveredAsync(PersistingActors);
            var clock = Stopwatch.StartNew();
            var before = counter.Persisted;
            foreach (var actor in actors)
            {
                actor.Tell(BenchPersistingActor.Start, ActorRefs.NoSender);
            }
            await Task.Delay(duration);
            var persisted = counter.Persisted - before;
            clock.Stop();
            return persisted / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await system.Terminate();
        }
    }
}
