using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActorOrchestrator.Actors.Cluster.Tests.MultiProcess;

/// <summary>
/// A cluster member in its own OS process (the Cluster.TestNode helper), with every line it prints kept in order
/// together with when this process read it.
/// </summary>
internal sealed class ClusterNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<(DateTime At, string Line)> _lines = new();
    private readonly Task _reader;

    private ClusterNodeProcess(Process process, string address)
    {
        _process = process;
        Address = address;
        _reader = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                _lines.Enqueue((DateTime.UtcNow, line));
            }
        });
    }

    /// <summary>host:port of the member.</summary>
    public string Address { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<(DateTime At, string Line)> Lines => [.. _lines];

    /// <summary>A TCP port on loopback that was free a moment ago.</summary>
    public static int FreePort(IPAddress? address = null)
    {
        using var listener = new TcpListener(address ?? IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts a member on <paramref name="host"/>:<paramref name="port"/> joining through <paramref name="seeds"/>;
    /// <paramref name="wrapper"/> (e.g. ["ip", "netns", "exec", "ns1"]) runs it inside another command.
    /// </summary>
    public static ClusterNodeProcess Start(string host, int port, IEnumerable<string> seeds, bool fast, IReadOnlyList<string>? wrapper = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var command = new List<string>(wrapper ?? []) { dotnet, Path.Combine(AppContext.BaseDirectory, "ActorOrchestrator.Actors.Cluster.TestNode.dll"), host, port.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(',', seeds) };
        if (fast)
        {
            command.Add("fast");
        }
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"the cluster TestNode process for {host}:{port} did not start");
        return new ClusterNodeProcess(process, $"{host}:{port}");
    }

    /// <summary>Waits until the member prints a line matching <paramref name="isLine"/>; fails naming what it printed.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> isLine, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = _lines.FirstOrDefault(l => isLine(l.Line)).Line;
            if (found is not null)
            {
                return found;
            }
            if (_process.HasExited && _reader.IsCompleted)
            {
                break;
            }
            await Task.Delay(50).ConfigureAwait(false);
        }
        throw new TimeoutException($"member {Address} did not print {what} within {timeout.TotalSeconds:0} s; it printed:{Environment.NewLine}{string.Join(Environment.NewLine, Lines.Select(l => l.Line))}");
    }

    public bool Printed(Func<string, bool> isLine) => _lines.Any(l => isLine(l.Line));

    /// <summary>Kills the process by its PID with SIGKILL: no goodbye, no flushing.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        _process.Dispose();
    }
}
