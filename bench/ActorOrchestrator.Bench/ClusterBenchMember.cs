using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ActorOrchestrator.Bench;

/// <summary>
/// A cluster member in its own process: this benchmark started again with AO_BENCH_CLUSTER_MEMBER=PORT and
/// AO_BENCH_CLUSTER_SEEDS; it reports cluster events on stderr as "EVENT &lt;Event&gt; &lt;host:port&gt;".
/// </summary>
internal sealed class ClusterBenchMember : IAsyncDisposable
{
    public const string PortVariable = "AO_BENCH_CLUSTER_MEMBER";
    public const string SeedsVariable = "AO_BENCH_CLUSTER_SEEDS";

    private readonly Process _process;
    private readonly ConcurrentQueue<(long Timestamp, string Line)> _lines = new();

    private ClusterBenchMember(Process process, string address)
    {
        _process = process;
        Address = address;
        _ = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                _lines.Enqueue((Stopwatch.GetTimestamp(), line));
            }
        });
    }

    public string Address { get; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static ClusterBenchMember Start(int port, IEnumerable<string> seeds)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
        }
        start.ArgumentList.Add("cluster");
        start.Environment[PortVariable] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment[SeedsVariable] = string.Join(',', seeds);
        var process = Process.Start(start) ?? throw new InvalidOperationException("a cluster member process of the benchmark did not start");
        return new ClusterBenchMember(process, "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Stopwatch timestamp at which the member reported a line matching <paramref name="isLine"/>.</summary>
    public async Task<long> WhenAsync(Func<string, bool> isLine, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            foreach (var (timestamp, line) in _lines)
            {
                if (isLine(line))
                {
                    return timestamp;
                }
            }
            await Task.Delay(10).ConfigureAwait(false);
        }
        throw new TimeoutException($"cluster member {Address} did not report the expected event within {timeout.TotalSeconds:0} s; it reported:{Environment.NewLine}{string.Join(Environment.NewLine, _lines.Select(l => l.Line))}");
    }

    /// <summary>SIGKILL, by the process's id.</summary>
    public void Kill() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        _process.Dispose();
    }
}
