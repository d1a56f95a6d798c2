using System.Diagnostics;
using System.Globalization;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>A member in its own OS process (the TestNode helper): an actor system with remoting and /user/echo.</summary>
internal sealed class TestNodeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private TestNodeProcess(Process process, RemoteAddress address, long uid)
    {
        _process = process;
        Address = address;
        Uid = uid;
    }

    public RemoteAddress Address { get; }

    public long Uid { get; }

    /// <summary>Starts the process and waits until its remoting listens.</summary>
    public static async Task<TestNodeProcess> StartAsync(string systemName)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ActorOrchestrator.Actors.Remote.TestNode.dll"));
        start.ArgumentList.Add(systemName);
        start.ArgumentList.Add("0");
        var process = Process.Start(start) ?? throw new InvalidOperationException("the TestNode process did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith("READY ", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ');
                    return new TestNodeProcess(process, RemoteAddress.Parse(parts[1]), long.Parse(parts[2], CultureInfo.InvariantCulture));
                }
            }
            throw new InvalidOperationException($"the TestNode process exited before it was ready: {await process.StandardError.ReadToEndAsync(timeout.Token).ConfigureAwait(false)}");
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills the process with SIGKILL: no goodbye, no flushing.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Freezes the process with SIGSTOP: its sockets stay open but it answers nothing.</summary>
    public async Task SuspendAsync()
    {
        using var kill = Process.Start("kill", ["-STOP", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync().ConfigureAwait(false);
    }

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
