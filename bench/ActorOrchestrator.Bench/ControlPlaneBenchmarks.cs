using System.Diagnostics;
using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.Bench;

/// <summary>
/// The control plane's write path on SQLite (durable commits), in one process with its read view: pod creates/s and
/// durable binds/s with 1,000 concurrent callers, and create latency at the gateway's steady 500 creates/s.
/// </summary>
internal sealed class ControlPlaneBenchmarks : IBenchmarkSuite
{
    private const int Runs = 3;
    private const int Callers = 1_000;
    private const int PodsToBind = 20_000;
    private const int SteadyRate = 500;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    private int _run;

    public string Name => "control-plane";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("ao-bench-control-plane-").FullName;
        try
        {
            await using var plane = await BenchPlane.StartAsync(directory);
            await CreateThroughputAsync(plane, TimeSpan.FromSeconds(1));
            var creates = await BenchmarkReport.MedianAsync(Runs, () => CreateThroughputAsync(plane, Duration));
            report.Add(Result($"pod creates, {Callers:N0} concurrent callers", creates, "creates/s", ">= 500", creates >= 500));
            var p99 = await BenchmarkReport.MedianAsync(Runs, () => SteadyCreateP99Async(plane));
            report.Add(Result($"create latency p99 at a steady {SteadyRate} creates/s", p99, "ms", "< 20", p99 < 20));
            var binds = await BenchmarkReport.MedianAsync(Runs, () => BindThroughputAsync(plane));
            report.Add(Result($"durable pod binds, {Callers:N0} concurrent callers", binds, "binds/s", ">= 5,000", binds >= 5_000));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private BenchmarkResult Result(string measurement, double median, string unit, string target, bool met) =>
        new(Name, measurement, median, unit, target, met);

    private static Pod NewPod(string name) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default", Labels = new Dictionary<string, string> { ["app"] = "bench" } },
        Spec = new PodSpec { Containers = [new Container { Name = "main", Image = "busybox", Command = ["sleep", "3600"] }] },
    };

    private async Task<double> CreateThroughputAsync(BenchPlane plane, TimeSpan duration)
    {
        var run = Interlocked.Increment(ref _run);
        var created = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                await plane.Client.CreateAsync(NewPod($"c{run}-{caller}-{i}"), WriteOptions.Default, CancellationToken.None);
                Interlocked.Increment(ref created);
            }
        })));
        return created / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Creates at a fixed rate (open loop), as the gateway's clients would send them; the p99 of their latencies.</summary>
    private async Task<double> SteadyCreateP99Async(BenchPlane plane)
    {
        var run = Interlocked.Increment(ref _run);
        var total = (int)(SteadyRate * Duration.TotalSeconds);
        var latencies = new double[total];
        var clock = Stopwatch.StartNew();
        var creates = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / SteadyRate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var index = i;
            creates.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                await plane.Client.CreateAsync(NewPod($"s{run}-{index}"), WriteOptions.Default, CancellationToken.None);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(creates);
        Array.Sort(latencies);
        return latencies[(int)(total * 0.99)];
    }

    private async Task<double> BindThroughputAsync(BenchPlane plane)
    {
        var run = Interlocked.Increment(ref _run);
        var names = Enumerable.Range(0, PodsToBind).Select(i => $"b{run}-{i}").ToArray();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < names.Length; i = Interlocked.Increment(ref next))
            {
                await plane.Client.CreateAsync(NewPod(names[i]), WriteOptions.Default, CancellationToken.None);
            }
        })));
        next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < names.Length; i = Interlocked.Increment(ref next))
            {
                await plane.Client.BindAsync(new ResourceKey(ResourceKinds.Pod, "default", names[i]), $"node-{i % 100}", CancellationToken.None);
            }
        })));
        return names.Length / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Store, actor system, projection and entities on one SQLite file.</summary>
    private sealed class BenchPlane : IAsyncDisposable
    {
        private readonly IPersistenceStore _store;
        private readonly ActorSystem _system;
        private readonly ResourceProjection _projection;
        private readonly ControlPlaneHandle _handle;

        private BenchPlane(IPersistenceStore store, ActorSystem system, ResourceProjection projection, ControlPlaneHandle handle)
        {
            _store = store;
            _system = system;
            _projection = projection;
            _handle = handle;
        }

        public ShardedResourceClient Client => _handle.Client;

        public static async Task<BenchPlane> StartAsync(string directory)
        {
            var registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();
            var settings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
            var store = await SqlPersistence.OpenAsync(settings, directory, registry, null, null, CancellationToken.None);
            var system = ActorSystem.Create("bench-control-plane", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
            PersistenceExtension.Start(system, store);
            var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, null, null);
            await projection.StartAsync(CancellationToken.None);
            var plane = ResourceEntities.Start(system, ControlPlaneSettings.Default, projection.View, [], _ => NoEvents.Instance);
            await ResourceEntities.EnsureDefaultNamespacesAsync(plane.Client, CancellationToken.None);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  control plane started on {Path.Combine(directory, "journal.db")}"));
            return new BenchPlane(store, system, projection, plane);
        }

        public async ValueTask DisposeAsync()
        {
            await _handle.DisposeAsync();
            await _system.Terminate();
            await _projection.DisposeAsync();
            await _store.DisposeAsync();
        }
    }

    private sealed class NoEvents : IEventRecorder
    {
        public static readonly NoEvents Instance = new();

        public void Record(IKubernetesObject involved, string type, string reason, string message)
        {
        }
    }
}
