using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ActorOrchestrator.Bench;

/// <summary>
/// ConfigMap creates through the gateway over loopback HTTP, down the real write path (resource entities on a SQLite
/// journal, read-after-write on the view): latency at a steady 500 creates/s (open loop, measured from each request's
/// scheduled start, so falling behind counts), and the most creates per second 64 concurrent clients get.
/// </summary>
internal sealed class GatewayBenchmarks : IBenchmarkSuite
{
    private const int Runs = 3;
    private const int PacedRate = 500;
    private static readonly TimeSpan PacedDuration = TimeSpan.FromSeconds(10);
    private const int Clients = 64;
    private static readonly TimeSpan SaturatedDuration = TimeSpan.FromSeconds(10);
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps?fieldManager=bench";

    public string Name => "gateway";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        await using var plane = await GatewayBenchPlane.StartAsync(cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = plane.Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await WarmUpAsync(http, cancellationToken);

        var run = 0;
        var p50 = new List<double>();
        var p99 = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var latencies = await PacedAsync(name => CreateAsync(http, name, cancellationToken), $"paced{run++}", cancellationToken);
            p50.Add(Percentile(latencies, 0.50));
            p99.Add(Percentile(latencies, 0.99));
        }

        report.Add(new BenchmarkResult(Name, $"ConfigMap create p50 at {PacedRate}/s", Median(p50), "ms", "-", null));
        var p99Median = Median(p99);
        report.Add(new BenchmarkResult(Name, $"ConfigMap create p99 at {PacedRate}/s", p99Median, "ms", "< 20", p99Median < 20));

        var throughput = await BenchmarkReport.MedianAsync(Runs, () => SaturatedAsync(http, $"burst{run++}", cancellationToken));
        report.Add(new BenchmarkResult(Name, $"ConfigMap creates/s, {Clients} concurrent clients", throughput, "creates/s", "-", null));

        // The same load straight on the write path, without HTTP and the gateway, to show what the gateway itself costs.
        var direct = await BenchmarkReport.MedianAsync(Runs, () => SaturatedAsync(name => plane.CreateDirectAsync(name, cancellationToken), $"direct{run++}", cancellationToken));
        report.Add(new BenchmarkResult(Name, $"same creates/s on IResourceClient directly (no HTTP), {Clients} clients", direct, "creates/s", "-", null));
        var directP99 = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            directP99.Add(Percentile(await PacedAsync(name => plane.CreateDirectAsync(name, cancellationToken), $"directpaced{run++}", cancellationToken), 0.99));
        }

        report.Add(new BenchmarkResult(Name, $"same p99 at {PacedRate}/s on IResourceClient directly (no HTTP)", Median(directP99), "ms", "-", null));
    }

    private static async Task WarmUpAsync(HttpClient http, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 200; i++)
        {
            await CreateAsync(http, $"warm-{i}", cancellationToken);
        }
    }

    private static async Task<List<double>> PacedAsync(Func<string, Task> create, string prefix, CancellationToken cancellationToken)
    {
        var total = (int)(PacedRate * PacedDuration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1.0 / PacedRate);
        var clock = Stopwatch.StartNew();
        var requests = new List<Task<double>>(total);
        for (var i = 0; i < total; i++)
        {
            var scheduled = interval * i;
            var wait = scheduled - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            var name = $"{prefix}-{i}";
            requests.Add(Task.Run(
                async () =>
                {
                    await create(name);
                    return (clock.Elapsed - scheduled).TotalMilliseconds;
                },
                cancellationToken));
        }

        return [.. await Task.WhenAll(requests)];
    }

    private static Task<double> SaturatedAsync(HttpClient http, string prefix, CancellationToken cancellationToken) =>
        SaturatedAsync(name => CreateAsync(http, name, cancellationToken), prefix, cancellationToken);

    private static async Task<double> SaturatedAsync(Func<string, Task> create, string prefix, CancellationToken cancellationToken)
    {
        var created = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(
            async () =>
            {
                for (var i = 0; clock.Elapsed < SaturatedDuration; i++)
                {
                    await create($"{prefix}-{client}-{i}");
                    Interlocked.Increment(ref created);
                }
            },
            cancellationToken)));
        return created / clock.Elapsed.TotalSeconds;
    }

    private static async Task CreateAsync(HttpClient http, string name, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            $$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{name}}","labels":{"bench":"gateway"} },"data":{"key":"value"} }"""));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(ConfigMaps, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"creating configmap {name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static double Percentile(List<double> samples, double quantile)
    {
        samples.Sort();
        return samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(quantile * samples.Count) - 1)];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
