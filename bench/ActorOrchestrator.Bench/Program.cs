using System.Reflection;
using ActorOrchestrator.Bench;

// ./build.sh bench [SUITE...]: runs the named suites (all when none is named) and prints one table.
var suites = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmarkSuite).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmarkSuite)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

var unknown = args.Where(a => suites.All(s => s.Name != a)).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown suite(s): {string.Join(", ", unknown)}; known: {string.Join(", ", suites.Select(s => s.Name))}");
    return 2;
}

var report = new BenchmarkReport();
foreach (var suite in suites.Where(s => args.Length == 0 || args.Contains(s.Name)))
{
    Console.Error.WriteLine($"running {suite.Name}...");
    await suite.RunAsync(report, CancellationToken.None);
}
report.Print(Console.Out);
return 0;
