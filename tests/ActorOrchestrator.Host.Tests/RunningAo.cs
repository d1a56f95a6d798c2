using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ActorOrchestrator.Host.Tests;

/// <summary>A long-running <c>ao</c> (e.g. <c>ao up</c>) started as a child process; stopped by its process id.</summary>
internal sealed partial class RunningAo : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const int SignalKill = 9;
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private RunningAo(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Append(_output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(_error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public string Error { get { lock (_error) { return _error.ToString(); } } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static RunningAo Start(IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ao.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var inherited in start.Environment.Keys.Where(key => key.StartsWith("AO_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }
        return new RunningAo(Process.Start(start) ?? throw new InvalidOperationException("ao did not start"));
    }

    /// <summary>Waits until standard output holds <paramref name="text"/>; fails with what was printed otherwise.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"ao did not print \"{text}\" within {timeout}; exited: {_process.HasExited}\nstdout:\n{Output}\nstderr:\n{Error}");
            }
            await Task.Delay(50);
        }
    }

    public int ProcessId => _process.Id;

    public void SendSigTerm() => Assert.Equal(0, Kill(_process.Id, SigTerm));

    /// <summary>Kills ao alone (not its children), as a crash would.</summary>
    public async Task SigKillAsync()
    {
        Assert.Equal(0, Kill(_process.Id, SignalKill));
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGKILL to one process of the test's own (a container the test started through ao).</summary>
    public static void SigKill(int pid) => Kill(pid, SignalKill);

    /// <summary>Waits for the process to end and returns its exit code; fails if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"ao still running {timeout} after it was asked to stop\nstdout:\n{Output}\nstderr:\n{Error}");
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
