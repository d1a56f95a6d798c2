using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ActorOrchestrator.Bench;

/// <summary>A real <c>ao up</c> process for the host benchmarks: started on free loopback ports, stopped by its process id.</summary>
internal sealed class HostAoProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostAoProcess(Process process, Uri api, Stopwatch sinceStart)
    {
        _process = process;
        Api = api;
        SinceStart = sinceStart;
    }

    public Uri Api { get; }

    public Stopwatch SinceStart { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts <c>ao up</c> on <paramref name="dataDirectory"/>; the stopwatch starts just before the process does.</summary>
    public static HostAoProcess Start(string dataDirectory, params string[] settings)
    {
        var apiPort = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[AoDll(), "up", "--data-dir", dataDirectory, "--node-name", "bench", "--port", "0", "--api-port", apiPort.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var setting in settings)
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add(setting);
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("ao did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostAoProcess(process, new Uri($"http://127.0.0.1:{apiPort}/"), clock);
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200 and returns the time since the process started.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Api, Timeout = TimeSpan.FromSeconds(2) };
        while (SinceStart.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"ao exited with {_process.ExitCode} before it was ready");
            }
            try
            {
                using var response = await http.GetAsync("readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"ao was not ready within {timeout}");
    }

    /// <summary>Resident memory of the ao process (VmRSS), in MB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill!.WaitForExitAsync();
            }
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(patience.Token);
        }
        _process.Dispose();
    }

    /// <summary>The built ao: artifacts/bin/ao.dll (./build.sh), else the Host project's Release output.</summary>
    private static string AoDll()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "artifacts", "bin", "ao.dll"), Path.Combine(directory.FullName, "src", "ActorOrchestrator.Host", "bin", "Release", "net10.0", "ao.dll") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new FileNotFoundException("the host benchmarks run the built ao: run ./build.sh (artifacts/bin/ao.dll) first");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
