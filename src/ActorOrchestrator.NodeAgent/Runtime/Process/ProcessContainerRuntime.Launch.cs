using System.Collections;
using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>Starting a container: resolving its command and directory, launching its supervisor, learning its pid.</summary>
public sealed partial class ProcessContainerRuntime
{
    private static readonly TimeSpan PidsPollInterval = TimeSpan.FromMilliseconds(5);

    private async Task LaunchAsync(ProcessContainer container)
    {
        var record = container.Record;
        var config = record.Config;
        var environment = EnvironmentOf(config);
        var argv = config.Command.Concat(config.Args).ToList();
        string workingDirectory;
        string executable;
        try
        {
            workingDirectory = WorkingDirectoryOf(record);
            executable = CommandResolver.Resolve(argv[0], environment.GetValueOrDefault("PATH"), workingDirectory);
        }
        catch (ContainerRuntimeException failure)
        {
            throw StartFailed(container, failure.Message);
        }

        container.Output = CapturedOutput.Create(container.Directory, record.LogPath, _settings.Logs);
        File.Delete(container.PidsFile);
        File.Delete(container.ExitFile);
        container.Record = record with { Launched = true, WorkingDirectory = workingDirectory };
        _layout.Save(container.Record);
        // From here on the process may exist: the start runs to its end (bounded by the start timeout) even when cancelled,
        // so the container is never left launched but untracked.
        await RunLauncherAsync(container, executable, argv.Skip(1), environment, workingDirectory).ConfigureAwait(false);
        var pids = await WaitForPidsAsync(container).ConfigureAwait(false);
        if (pids is not var (supervisorPid, pid))
        {
            throw StartFailed(container, $"its supervisor did not report the process within {_settings.Process.StartTimeout.TotalSeconds:0.#}s");
        }

        container.Record = container.Record with
        {
            State = ContainerState.Running,
            StartedAt = _time.GetUtcNow(),
            SupervisorPid = supervisorPid,
            SupervisorStartTicks = ProcStat.StartTicks(supervisorPid) ?? 0,
            Pid = pid,
            PidStartTicks = ProcStat.StartTicks(pid) ?? 0,
        };
        _layout.Save(container.Record);
        _logger.ContainerStarted(record.Id, config.Metadata.Name, pid);
    }

    /// <summary>Runs the launcher, which starts the supervisor in a session of its own and exits at once (so the supervisor is no child of ours).</summary>
    private async Task RunLauncherAsync(
        ProcessContainer container,
        string executable,
        IEnumerable<string> arguments,
        Dictionary<string, string> environment,
        string workingDirectory)
    {
        var start = new ProcessStartInfo(_setsid)
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { SupervisorScript.Shell, "-c", SupervisorScript.Launcher, SupervisorScript.LauncherName, SupervisorScript.Text })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in new[] { container.Directory, _setsid, executable }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var launcher = System.Diagnostics.Process.Start(start)
                ?? throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, "The container's launcher did not start.");
            launcher.StandardInput.Dispose();
            await launcher.WaitForExitAsync(CancellationToken.None).WaitAsync(_settings.Process.StartTimeout, _time).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is Win32Exception or ArgumentException)
        {
            throw StartFailed(container, $"starting the supervisor ({_setsid} {SupervisorScript.Shell}) failed: {failure.Message}");
        }
        catch (TimeoutException)
        {
            throw StartFailed(container, $"its launcher did not finish within {_settings.Process.StartTimeout.TotalSeconds:0.#}s");
        }
    }

    /// <summary>
    /// Waits for the supervisor to report the pids, and for the process to lead its own process group (it forks in the
    /// supervisor's group and moves by setsid), so that a stop right after the start reaches it.
    /// </summary>
    private async Task<(int Supervisor, int Child)?> WaitForPidsAsync(ProcessContainer container)
    {
        var deadline = _time.GetUtcNow() + _settings.Process.StartTimeout;
        while (_time.GetUtcNow() < deadline)
        {
            if (SupervisorFiles.ReadPids(container.PidsFile) is { } pids
                && (ProcStat.ProcessGroup(pids.Child) is not { } group || group == pids.Child))
            {
                return pids;
            }

            await Task.Delay(PidsPollInterval, _time).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Records a start failure the way Kubernetes shows it (Exited, 128, StartError) and returns the exception to throw.</summary>
    private ContainerRuntimeException StartFailed(ProcessContainer container, string message)
    {
        container.Output?.Complete(_time.GetUtcNow());
        container.Output = null;
        container.Record = container.Record.Exited(128, _time.GetUtcNow(), RuntimeReasons.StartError, message);
        _layout.Save(container.Record);
        container.SignalExited();
        _logger.ContainerStartFailed(container.Record.Id, container.Record.Config.Metadata.Name, message);
        return new ContainerRuntimeException(RuntimeReasons.RunContainerError, message);
    }

    /// <summary>The agent's environment (when inherited) overlaid with the container's variables in order.</summary>
    private Dictionary<string, string> EnvironmentOf(ContainerConfig config)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_settings.Process.InheritEnvironment)
        {
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                environment[(string)entry.Key] = entry.Value as string ?? "";
            }
        }

        foreach (var (name, value) in config.Env)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>The container's working directory (relative ones within the sandbox), created when missing.</summary>
    private string WorkingDirectoryOf(ProcessContainerRecord record)
    {
        var sandboxDirectory = _sandboxes.TryGetValue(record.SandboxId, out var sandbox) ? sandbox.Directory : _layout.SandboxWorkDirectory(record.SandboxId);
        var directory = record.Config.WorkingDir.Length == 0 ? sandboxDirectory : Path.GetFullPath(record.Config.WorkingDir, sandboxDirectory);
        try
        {
            Directory.CreateDirectory(directory);
            return directory;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new ContainerRuntimeException(RuntimeReasons.RunContainerError, $"chdir to cwd (\"{directory}\") failed: {failure.Message}", failure);
        }
    }
}
