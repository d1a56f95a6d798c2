using System.Diagnostics;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.Bench;

/// <summary>
/// The scheduler: 10,000 pending pods (100m, 128Mi) onto 1,000 Ready nodes (32 cpu, 128Gi). End to end through the
/// real entities on a SQLite journal, from the first binding sent to the 10,000th binding shown by the view (the
/// issue's target: at least 5,000 placements/s); the entity path alone (the same bindings sent straight to the
/// client); and the placement algorithm alone, against the cache without binding.
/// </summary>
internal sealed class SchedulerBenchmarks : IBenchmarkSuite
{
    private const int Runs = 3;
    private const int NodeCount = 1_000;
    private const int PodCount = 10_000;
    private const int CreateParallelism = 256;

    public string Name => "scheduler";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var algorithm = new List<(double Wall, double PerCpuSecond)>();
        PlaceWithoutBinding();
        for (var run = 0; run < Runs; run++)
        {
            algorithm.Add(PlaceWithoutBinding());
        }
        report.Add(Result($"placement algorithm alone, {PodCount:N0} pods on {NodeCount:N0} nodes, no binding", Median(algorithm.Select(a => a.Wall)), "placements/s", null));
        report.Add(Result("same, per CPU-second of the process", Median(algorithm.Select(a => a.PerCpuSecond)), "placements/CPU-s", null));

        var endToEnd = new List<(double FromFirstBind, double FromStart, double PerCpuSecond)>();
        var withoutEvents = new List<(double FromFirstBind, double FromStart, double PerCpuSecond)>();
        var direct = new List<(double Rate, double PerCpuSecond)>();
        for (var run = 0; run < Runs; run++)
        {
            endToEnd.Add(await ScheduleThroughEntitiesAsync(recordEvents: true, cancellationToken));
            withoutEvents.Add(await ScheduleThroughEntitiesAsync(recordEvents: false, cancellationToken));
            direct.Add(await BindDirectlyAsync(cancellationToken));
        }
        report.Add(Result(
            $"scheduler, {PodCount:N0} pods on {NodeCount:N0} nodes, first binding sent to last binding shown by the view (SQLite)",
            Median(endToEnd.Select(r => r.FromFirstBind)), "placements/s", 5_000));
        report.Add(Result("same, from scheduler start (cache built from the view included)", Median(endToEnd.Select(r => r.FromStart)), "placements/s", null));
        report.Add(Result("same, per CPU-second of the whole process (entities, journal, view, events, scheduler)", Median(endToEnd.Select(r => r.PerCpuSecond)), "placements/CPU-s", null));
        report.Add(Result(
            "scheduler without recording Scheduled events, first binding to last shown", Median(withoutEvents.Select(r => r.FromFirstBind)), "placements/s", null));
        report.Add(Result("same, per CPU-second of the whole process", Median(withoutEvents.Select(r => r.PerCpuSecond)), "placements/CPU-s", null));
        report.Add(Result(
            $"entity path alone: {PodCount:N0} BindAsync calls, {SchedulerSettings.Default.MaxBindsInFlight} in flight, to last shown by the view",
            Median(direct.Select(d => d.Rate)), "bindings/s", null));
        report.Add(Result("same, per CPU-second of the whole process", Median(direct.Select(d => d.PerCpuSecond)), "bindings/CPU-s", null));
    }

    private static (double Wall, double PerCpuSecond) PlaceWithoutBinding()
    {
        var cache = new SchedulerCache();
        for (var n = 0; n < NodeCount; n++)
        {
            cache.SetNode(SchedulerBenchObjects.Node(n));
        }
        var pods = Enumerable.Range(0, PodCount).Select(i => SchedulerBenchObjects.Pod(i)).Select(p => PodInfo.From(p, ResourceKey.Of(p))).ToList();
        var placer = new PodPlacer(SchedulingProfile.From(SchedulerSettings.Default), 0, new Random(1));
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        foreach (var pod in pods)
        {
            var placement = placer.Place(pod, cache);
            cache.Assume(pod, placement.NodeName ?? throw new InvalidOperationException(placement.Failure));
        }
        var wall = PodCount / clock.Elapsed.TotalSeconds;
        var perCpuSecond = PodCount / (CpuTime() - cpu).TotalSeconds;
        Console.Error.WriteLine($"  algorithm run (the first warms up): {wall:N0} placements/s, {perCpuSecond:N0} per CPU-second");
        return (wall, perCpuSecond);
    }

    private static async Task<(double FromFirstBind, double FromStart, double PerCpuSecond)> ScheduleThroughEntitiesAsync(bool recordEvents, CancellationToken cancellationToken)
    {
        await using var cluster = await PopulatedClusterAsync();
        var client = new SchedulerBenchClient(cluster.Client);
        await using var recorder = new EventRecorder(cluster.Client, "default-scheduler", null, NullLoggerFactory.Instance);
        IEventRecorder events = recordEvents ? recorder : SchedulerBenchNoEvents.Instance;
        var allBound = cluster.WhenBoundAsync(PodCount, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var cpu = CpuTime();

        SchedulerSingleton.Start(cluster.System, null, null, cluster.View, client, events, SchedulerSettings.Default, NullLoggerFactory.Instance);

        var finished = await allBound.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var fromFirstBind = PodCount / Stopwatch.GetElapsedTime(client.FirstBind, finished).TotalSeconds;
        var fromStart = PodCount / Stopwatch.GetElapsedTime(started, finished).TotalSeconds;
        var perCpuSecond = PodCount / (CpuTime() - cpu).TotalSeconds;
        Console.Error.WriteLine(
            $"  scheduler run{(recordEvents ? "" : " without events")}: {fromFirstBind:N0} placements/s from the first binding, {fromStart:N0} from start, "
            + $"{perCpuSecond:N0} per CPU-second; cache built in {Stopwatch.GetElapsedTime(started, client.FirstBind).TotalSeconds:N2} s, "
            + $"last binding sent {Stopwatch.GetElapsedTime(client.FirstBind, client.LastBind).TotalSeconds:N2} s after the first, "
            + $"last shown {Stopwatch.GetElapsedTime(client.LastBind, finished).TotalSeconds:N2} s after that; "
            + $"in flight {client.MeanInFlight:N0} on average, {client.MostInFlight} at most");
        return (fromFirstBind, fromStart, perCpuSecond);
    }

    /// <summary>The same bindings (pod i to node i mod 1,000) sent straight through the client with the scheduler's parallelism.</summary>
    private static async Task<(double Rate, double PerCpuSecond)> BindDirectlyAsync(CancellationToken cancellationToken)
    {
        await using var cluster = await PopulatedClusterAsync();
        var allBound = cluster.WhenBoundAsync(PodCount, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var cpu = CpuTime();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, PodCount),
            new ParallelOptions { MaxDegreeOfParallelism = SchedulerSettings.Default.MaxBindsInFlight, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var pod = SchedulerBenchObjects.Pod(i);
                await cluster.Client.BindAsync(ResourceKey.Of(pod), SchedulerBenchObjects.Node(i % NodeCount).Metadata.Name!, ct);
            });

        var finished = await allBound.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var rate = PodCount / Stopwatch.GetElapsedTime(started, finished).TotalSeconds;
        var perCpuSecond = PodCount / (CpuTime() - cpu).TotalSeconds;
        Console.Error.WriteLine($"  direct binding run: {rate:N0} bindings/s, {perCpuSecond:N0} per CPU-second");
        return (rate, perCpuSecond);
    }

    private static async Task<SchedulerBenchCluster> PopulatedClusterAsync()
    {
        var cluster = await SchedulerBenchCluster.StartAsync();
        var clock = Stopwatch.StartNew();
        await cluster.CreateAsync([.. Enumerable.Range(0, NodeCount).Select(SchedulerBenchObjects.Node)], CreateParallelism);
        await cluster.CreateAsync([.. Enumerable.Range(0, PodCount).Select(i => (IKubernetesObject)SchedulerBenchObjects.Pod(i))], CreateParallelism);
        Console.Error.WriteLine($"  created {NodeCount:N0} nodes and {PodCount:N0} pods through the entities in {clock.Elapsed.TotalSeconds:N1} s");
        return cluster;
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private BenchmarkResult Result(string measurement, double median, string unit, double? target)
    {
        var targetText = target is null ? "-" : $">= {target.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}";
        return new BenchmarkResult(Name, measurement, median, unit, targetText, target is null ? null : median >= target);
    }
}
