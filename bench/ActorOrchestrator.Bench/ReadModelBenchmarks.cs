using System.Diagnostics;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.Bench;

/// <summary>
/// The read model on a SQLite journal: rebuilding a view of 100,000 pods from the journal, restarting from a checkpoint
/// plus a tail (the issue's target: 100k objects ready within 3 s), LIST latency with label selectors over 10,000 pods,
/// and how long a change takes from its acknowledged write to every one of many watchers.
/// </summary>
internal sealed class ReadModelBenchmarks : IBenchmarkSuite
{
    private const int Runs = 3;
    private const int ViewPods = 100_000;
    private const int TailEvents = 1_000;
    private const int ListPods = 10_000;
    private const int ListSamples = 2_000;
    private const int FanOutWrites = 200;
    private static readonly int[] WatcherCounts = [100, 1_000];

    // Set in the child process that measures a cold restart: the directory holding the journal and checkpoint.
    private const string ChildVariable = "AO_BENCH_READMODEL_RESTART_DIR";
    private const string ReadyLine = "read model ready";
    private const string HeapLine = "heap bytes: ";

    private readonly EventTypeRegistry _registry = ResourceEvents.Register(new EventTypeRegistryBuilder()).Build();

    public string Name => "readmodel";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(ChildVariable) is { Length: > 0 } childDirectory)
        {
            await RestartAsChildAsync(childDirectory);
            return;
        }
        var directory = Directory.CreateTempSubdirectory("ao-bench-readmodel-").FullName;
        try
        {
            await RestartBenchmarksAsync(report, directory);
            await ListAndWatchBenchmarksAsync(report, directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task RestartBenchmarksAsync(BenchmarkReport report, string directory)
    {
        await using var store = await OpenAsync(directory, "restart.db");
        var pods = await WritePodsAsync(store, ViewPods, podsPerDeployment: 100);
        var settings = ReadModelSettings.Default with { CheckpointFile = "view.checkpoint", CheckpointInterval = TimeSpan.FromHours(1), CheckpointEveryEvents = int.MaxValue };

        var rebuild = await BenchmarkReport.MedianAsync(Runs, async () =>
        {
            File.Delete(Path.Combine(directory, settings.CheckpointFile));
            return await TimeStartAsync(store, settings, directory, expectedObjects: ViewPods);
        });
        report.Add(Result($"rebuild of {ViewPods:N0} pods from the journal, no checkpoint", rebuild, "s", null, higherIsBetter: false));

        var (writeSeconds, megabytes) = await CheckpointFiguresAsync(store, settings, directory);
        report.Add(Result($"checkpoint write, {ViewPods:N0} pods", writeSeconds, "s", null, higherIsBetter: false));
        report.Add(Result($"checkpoint size, {ViewPods:N0} pods", megabytes, "MB", null, higherIsBetter: false));

        var checkpoint = Path.Combine(directory, settings.CheckpointFile);
        var saved = checkpoint + ".saved";
        File.Copy(checkpoint, saved, overwrite: true);
        for (var i = 0; i < TailEvents; i++)
        {
            var pod = pods[i * (ViewPods / TailEvents)];
            await WriteAsync(store, pod, 2, new ObjectStatusUpdated(ResourceEventObject.ToEventJson(pod with { Status = pod.Status! with { Phase = "Succeeded" } })));
        }
        var warm = await BenchmarkReport.MedianAsync(Runs, async () =>
        {
            File.Copy(saved, checkpoint, overwrite: true);
            return await TimeStartAsync(store, settings, directory, expectedObjects: ViewPods);
        });
        report.Add(Result($"view start with {ViewPods:N0} pods: checkpoint + {TailEvents:N0}-event tail, in a warm process", warm, "s", null, higherIsBetter: false));
        var heaps = new List<double>();
        var cold = await BenchmarkReport.MedianAsync(Runs, async () =>
        {
            File.Copy(saved, checkpoint, overwrite: true);
            var (seconds, heapBytes) = await RestartProcessAsync(directory);
            heaps.Add(heapBytes);
            return seconds;
        });
        report.Add(Result($"restart with {ViewPods:N0} pods: new process, store open, checkpoint + {TailEvents:N0}-event tail, to ready", cold, "s", 3, higherIsBetter: false));
        heaps.Sort();
        report.Add(Result($"managed heap of the restarted view, per pod", heaps[heaps.Count / 2] / ViewPods, "bytes", null, higherIsBetter: false));
    }

    /// <summary>Seconds from starting a new bench process until its read model over <paramref name="directory"/> is ready, and the heap it then uses.</summary>
    private static async Task<(double Seconds, double HeapBytes)> RestartProcessAsync(string directory)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ReadModelBenchmarks).Assembly.Location);
        }
        start.ArgumentList.Add("readmodel");
        start.Environment[ChildVariable] = directory;
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        _ = child.StandardError.ReadToEndAsync();
        double? seconds = null;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == ReadyLine)
            {
                seconds = clock.Elapsed.TotalSeconds;
            }
            else if (seconds is not null && line.StartsWith(HeapLine, StringComparison.Ordinal))
            {
                await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
                return (seconds.Value, double.Parse(line[HeapLine.Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        throw new InvalidOperationException($"the restarted process exited with {child.ExitCode} before its read model was ready");
    }

    private async Task RestartAsChildAsync(string directory)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        await using var store = await OpenAsync(directory, "restart.db");
        var settings = ReadModelSettings.Default with { CheckpointFile = "view.checkpoint" };
        await using var projection = new ResourceProjection(settings, store.Queries, directory, null, null);
        await projection.StartAsync(CancellationToken.None);
        Console.Out.WriteLine(projection.View.TotalCount == ViewPods ? ReadyLine : $"the view holds {projection.View.TotalCount} objects");
        await Console.Out.FlushAsync();
        Console.Out.WriteLine($"{HeapLine}{GC.GetTotalMemory(forceFullCollection: true) - baseline}");
        await Console.Out.FlushAsync();
    }

    private async Task ListAndWatchBenchmarksAsync(BenchmarkReport report, string directory)
    {
        await using var store = await OpenAsync(directory, "list.db");
        var pods = await WritePodsAsync(store, ListPods, podsPerDeployment: 100);
        var settings = ReadModelSettings.Default with { CheckpointFile = "list.checkpoint" };
        await using var projection = new ResourceProjection(settings, store.Queries, directory, null, null);
        await projection.StartAsync(CancellationToken.None);

        foreach (var (selector, label) in new[] { ("app=web-0042", "app=X, 100 of"), ("tier=backend,app!=web-0001", "tier=backend,app!=Y, 3,300 of"), ("app notin (web-0001)", "app notin (Y), 9,900 of") })
        {
            var (p50, p99) = await ListLatencyAsync(projection.View, selector);
            report.Add(Result($"LIST {label} {ListPods:N0} pods, p50", p50, "µs", null, higherIsBetter: false));
            report.Add(Result($"LIST {label} {ListPods:N0} pods, p99", p99, "µs", null, higherIsBetter: false));
        }

        long sequenceNr = 1;
        foreach (var watchers in WatcherCounts)
        {
            var (p50, p99) = await FanOutLatencyAsync(store, projection.View, pods[0], watchers, () => ++sequenceNr);
            report.Add(Result($"watch fan-out to {watchers:N0} watchers, write ack to last delivery, p50", p50, "ms", null, higherIsBetter: false));
            report.Add(Result($"watch fan-out to {watchers:N0} watchers, write ack to last delivery, p99", p99, "ms", null, higherIsBetter: false));
        }
    }

    private static async Task<double> TimeStartAsync(IPersistenceStore store, ReadModelSettings settings, string directory, int expectedObjects)
    {
        var projection = new ResourceProjection(settings, store.Queries, directory, null, null);
        var clock = Stopwatch.StartNew();
        await projection.StartAsync(CancellationToken.None);
        clock.Stop();
        var count = projection.View.TotalCount;
        await projection.DisposeAsync();
        return count == expectedObjects ? clock.Elapsed.TotalSeconds : throw new InvalidOperationException($"the view holds {count} objects, expected {expectedObjects}");
    }

    private static async Task<(double Seconds, double Megabytes)> CheckpointFiguresAsync(
        IPersistenceStore store, ReadModelSettings settings, string directory)
    {
        var projection = new ResourceProjection(settings with { CheckpointFile = "figures.checkpoint" }, store.Queries, directory, null, null);
        await projection.StartAsync(CancellationToken.None);
        var (position, objects) = projection.View.Snapshot();
        var path = Path.Combine(directory, settings.CheckpointFile);
        var seconds = await BenchmarkReport.MedianAsync(Runs, () =>
        {
            var clock = Stopwatch.StartNew();
            ViewCheckpoint.Write(path, new CheckpointContent(position, projection.LastMark, objects));
            return Task.FromResult(clock.Elapsed.TotalSeconds);
        });
        await projection.DisposeAsync();
        return (seconds, new FileInfo(path).Length / 1024.0 / 1024.0);
    }

    private static async Task<(double P50, double P99)> ListLatencyAsync(ResourceView view, string selector)
    {
        var request = new ListRequest(ResourceKinds.Pod) { LabelSelector = LabelMatcher.Parse(selector) };
        for (var i = 0; i < ListSamples / 4; i++)
        {
            await view.ListAsync(request, CancellationToken.None);
        }
        var samples = new double[ListSamples];
        for (var i = 0; i < ListSamples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await view.ListAsync(request, CancellationToken.None);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }
        Array.Sort(samples);
        return (samples[ListSamples / 2], samples[(int)Math.Ceiling(ListSamples * 0.99) - 1]);
    }

    /// <summary>Per write: from its acknowledgement until the last of <paramref name="watchers"/> watchers (each of every pod) has it.</summary>
    private async Task<(double P50, double P99)> FanOutLatencyAsync(IPersistenceStore store, ResourceView view, Pod pod, int watchers, Func<long> nextSequenceNr)
    {
        using var stop = new CancellationTokenSource();
        var arrivals = new long[watchers, FanOutWrites];
        var orderings = new long[FanOutWrites];
        var from = view.ResourceVersion;
        var consumers = Enumerable.Range(0, watchers).Select(w => Task.Run(async () =>
        {
            var received = 0;
            await foreach (var e in view.Watch(new WatchRequest(ResourceKinds.Pod) { ResourceVersion = from }).WithCancellation(stop.Token))
            {
                arrivals[w, received++] = Stopwatch.GetTimestamp();
                if (received == FanOutWrites)
                {
                    return;
                }
            }
        })).ToArray();
        var acknowledged = new long[FanOutWrites];
        for (var i = 0; i < FanOutWrites; i++)
        {
            var status = pod with { Status = pod.Status! with { Message = $"sample {i}" } };
            orderings[i] = await WriteAsync(store, pod, nextSequenceNr(), new ObjectStatusUpdated(ResourceEventObject.ToEventJson(status)));
            acknowledged[i] = Stopwatch.GetTimestamp();
            await view.WaitForResourceVersionAsync(orderings[i], TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        await Task.WhenAll(consumers).WaitAsync(TimeSpan.FromMinutes(2));
        var samples = new double[FanOutWrites];
        for (var i = 0; i < FanOutWrites; i++)
        {
            long last = 0;
            for (var w = 0; w < watchers; w++)
            {
                last = Math.Max(last, arrivals[w, i]);
            }
            samples[i] = Math.Max(0, Stopwatch.GetElapsedTime(acknowledged[i], last).TotalMilliseconds);
        }
        Array.Sort(samples);
        return (samples[FanOutWrites / 2], samples[(int)Math.Ceiling(FanOutWrites * 0.99) - 1]);
    }

    private async Task<IPersistenceStore> OpenAsync(string directory, string file) =>
        await SqlPersistence.OpenAsync(
            SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = file } }, directory, _registry, null, null, CancellationToken.None);

    /// <summary>Creates <paramref name="count"/> running pods, a thousand atomic writes per journal call, four calls in flight.</summary>
    private static async Task<List<Pod>> WritePodsAsync(IPersistenceStore store, int count, int podsPerDeployment)
    {
        var pods = Enumerable.Range(0, count).Select(i => ReadModelBenchPods.Running(i, podsPerDeployment)).ToList();
        await Parallel.ForEachAsync(pods.Chunk(1_000), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (chunk, cancellationToken) =>
        {
            var writes = chunk.Select(pod => new AtomicWrite(new PersistentEvent(
                ResourceKey.Of(pod).PersistenceId, 1, new ObjectCreated(ResourceEventObject.ToEventJson(pod)), "bench"))).ToList();
            var results = await store.Journal.WriteMessagesAsync(writes, cancellationToken);
            if (results.FirstOrDefault(r => r.IsRejected) is { } rejected)
            {
                throw new InvalidOperationException($"a pod was not stored: {rejected.Rejection!.Message}");
            }
        });
        return pods;
    }

    private static async Task<long> WriteAsync(IPersistenceStore store, Pod pod, long sequenceNr, IResourceEvent resourceEvent)
    {
        var results = await store.Journal.WriteMessagesAsync(
            [new AtomicWrite(new PersistentEvent(ResourceKey.Of(pod).PersistenceId, sequenceNr, resourceEvent, "bench"))], CancellationToken.None);
        return results[0].Orderings[0];
    }

    private BenchmarkResult Result(string measurement, double median, string unit, double? target, bool higherIsBetter)
    {
        var targetText = target is null ? "-" : $"{(higherIsBetter ? ">=" : "<=")} {target.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}";
        bool? met = target is null ? null : higherIsBetter ? median >= target : median <= target;
        return new BenchmarkResult(Name, measurement, median, unit, targetText, met);
    }
}
