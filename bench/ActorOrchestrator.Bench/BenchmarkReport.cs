using System.Diagnostics;

namespace ActorOrchestrator.Bench;

/// <summary>Collects results and prints them as one table at the end of the run.</summary>
internal sealed class BenchmarkReport
{
    private readonly List<BenchmarkResult> _results = [];

    public IReadOnlyList<BenchmarkResult> Results => _results;

    public void Add(BenchmarkResult result)
    {
        _results.Add(result);
        Console.Error.WriteLine($"  {result.Suite}: {result.Measurement} = {Format(result.Median)} {result.Unit}");
    }

    /// <summary>Runs <paramref name="measure"/> <paramref name="runs"/> times and returns the median.</summary>
    public static async Task<double> MedianAsync(int runs, Func<Task<double>> measure)
    {
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            samples.Add(await measure().ConfigureAwait(false));
        }
        samples.Sort();
        return samples.Count % 2 == 1 ? samples[samples.Count / 2] : (samples[samples.Count / 2 - 1] + samples[samples.Count / 2]) / 2;
    }

    public static double Seconds(Stopwatch stopwatch) => stopwatch.Elapsed.TotalSeconds;

    public void Print(TextWriter output)
    {
        string[] header = ["SUITE", "MEASUREMENT", "MEDIAN", "UNIT", "TARGET", "MET"];
        var rows = _results.Select(r => new[]
        {
            r.Suite, r.Measurement, Format(r.Median), r.Unit, r.Target,
            r.Met switch { true => "yes", false => "NO", null => "-" },
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("   ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("   ", row.Select((c, i) => i == 2 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        }
    }

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
    };
}
