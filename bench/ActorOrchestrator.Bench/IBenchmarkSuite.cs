namespace ActorOrchestrator.Bench;

/// <summary>A group of related measurements; each suite lives in its own file and is found by reflection.</summary>
internal interface IBenchmarkSuite
{
    /// <summary>Short name used on the command line: <c>./build.sh bench NAME</c>.</summary>
    string Name { get; }

    Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken);
}
