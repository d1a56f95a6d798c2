using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>Running a command in a container: a host process with the container's environment and working directory.</summary>
public sealed partial class ProcessContainerRuntime
{
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public async Task<ExecSyncResult> ExecSyncAsync(
        string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var record = FindContainer(containerId).Record;
        if (record.State != ContainerState.Running)
        {
            throw new ContainerRuntimeException(RuntimeReasons.NotRunning, $"Container {containerId} is not running; cannot exec in it.");
        }

        if (command.Count == 0)
        {
            throw new ContainerRuntimeException(RuntimeReasons.RunContainerError, "exec: no command specified");
        }

        var environment = EnvironmentOf(record.Config);
        var start = new ProcessStartInfo(CommandResolver.Resolve(command[0], environment.GetValueOrDefault("PATH"), record.WorkingDirectory))
        {
            UseShellExecute = false,
            WorkingDirectory = record.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = StartExec(start, command[0]);
        process.StandardInput.Dispose();
        var stdout = new LimitedCapture(_settings.Process.ExecOutputLimit);
        var stderr = new LimitedCapture(_settings.Process.ExecOutputLimit);
        var reading = Task.WhenAll(
            stdout.ReadAsync(process.StandardOutput.BaseStream, cancellationToken),
            stderr.ReadAsync(process.StandardError.BaseStream, cancellationToken));

        var timedOut = false;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                timedOut = true;
            }
        }

        // A child of the command may keep the pipes open: its output is not waited for long.
        await Task.WhenAny(reading, Task.Delay(OutputGrace, CancellationToken.None)).ConfigureAwait(false);
        return new ExecSyncResult(timedOut ? -1 : process.ExitCode, stdout.Text(), stderr.Text(), timedOut);
    }

    private static System.Diagnostics.Process StartExec(ProcessStartInfo start, string command)
    {
        try
        {
            return System.Diagnostics.Process.Start(start)
                ?? throw new ContainerRuntimeException(RuntimeReasons.RunContainerError, $"exec: \"{command}\": did not start");
        }
        catch (Win32Exception failure)
        {
            throw new ContainerRuntimeException(RuntimeReasons.RunContainerError, $"exec: \"{command}\": {failure.Message}", failure);
        }
    }

    /// <summary>Keeps the first bytes of a stream up to a limit and reads (discarding) the rest, so the writer never blocks.</summary>
    private sealed class LimitedCapture(int limit)
    {
        private readonly MemoryStream _kept = new();

        public async Task ReadAsync(Stream source, CancellationToken cancellationToken)
        {
            var buffer = new byte[8192];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                lock (_kept)
                {
                    var room = (int)Math.Max(0, limit - _kept.Length);
                    _kept.Write(buffer, 0, Math.Min(room, read));
                }
            }
        }

        public string Text()
        {
            lock (_kept)
            {
                return Encoding.UTF8.GetString(_kept.GetBuffer(), 0, (int)_kept.Length);
            }
        }
    }
}
