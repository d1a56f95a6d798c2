using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// The <c>process</c> driver: pod sandboxes are working directories on the host (host network: the pod IP is the node's), and
/// containers are host processes, each under a tiny detached shell supervisor (<see cref="SupervisorScript"/>) that outlives
/// the agent and records the exit status. Everything is persisted under the state directory, so a new instance over it adopts
/// the containers an earlier one started (running ones keep running; exits that happened meanwhile are reported with their code).
/// One instance per state directory at a time (a lock file enforces it).
/// </summary>
public sealed partial class ProcessContainerRuntime : IContainerRuntime
{
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(30);

    private readonly ProcessRuntimeLayout _layout;
    private readonly ContainerRuntimeSettings _settings;
    private readonly string _hostIp;
    private readonly string _setsid;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, ProcessSandboxRecord> _sandboxes = new();
    private readonly ConcurrentDictionary<string, ProcessContainer> _containers = new();
    private readonly SemaphoreSlim _sandboxGate = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private Task _monitor = Task.CompletedTask;

    private ProcessContainerRuntime(
        ProcessRuntimeLayout layout, ContainerRuntimeSettings settings, string hostIp, string setsid, TimeProvider time, ILogger logger, FileStream lockFile)
    {
        _layout = layout;
        _settings = settings;
        _hostIp = hostIp;
        _setsid = setsid;
        _time = time;
        _logger = logger;
        _lock = lockFile;
    }

    /// <inheritdoc />
    public string Name => "process";

    /// <summary>
    /// Opens the driver over <paramref name="stateDirectory"/> (created when missing): adopts the sandboxes and containers found
    /// there, settles what happened to them while no driver watched, and starts watching.
    /// </summary>
    /// <param name="stateDirectory">The runtime's state directory (<c>ao.agent.runtime.state-dir</c> resolved against the data dir).</param>
    /// <param name="settings">The <c>ao.agent.runtime</c> settings.</param>
    /// <param name="hostIp">The node's address, reported as every pod's IP.</param>
    /// <param name="time">Clock for timestamps; the system clock when null.</param>
    /// <param name="logger">Where the driver logs; nowhere when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <exception cref="ContainerRuntimeException">another driver holds the directory, a helper program is missing, or a record is unreadable.</exception>
    public static async Task<ProcessContainerRuntime> OpenAsync(
        string stateDirectory,
        ContainerRuntimeSettings settings,
        string hostIp,
        TimeProvider? time = null,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        settings.Validate();
        if (!OperatingSystem.IsLinux())
        {
            throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, "The process runtime needs Linux (/proc, process groups).");
        }

        var setsid = FindSetsid();
        var layout = new ProcessRuntimeLayout(Path.Combine(stateDirectory, "process"));
        var lockFile = AcquireLock(layout.LockFile);
        var runtime = new ProcessContainerRuntime(layout, settings, hostIp, setsid, time ?? TimeProvider.System, logger ?? NullLogger.Instance, lockFile);
        try
        {
            await runtime.RecoverAsync(cancellationToken).ConfigureAwait(false);
            await runtime.SweepAsync(cancellationToken).ConfigureAwait(false);
            runtime.LogAdoption();
        }
        catch
        {
            await runtime.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        runtime._monitor = Task.Run(runtime.MonitorAsync, CancellationToken.None);
        return runtime;
    }

    /// <summary>Stops watching; containers keep running, and a new instance adopts them.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _monitor.ConfigureAwait(false);
        foreach (var container in _containers.Values)
        {
            await container.Gate.WaitAsync().ConfigureAwait(false);
            container.Dispose();
            container.Gate.Release();
        }

        await _lock.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static string FindSetsid()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/bin", "/bin", "/usr/sbin", "/sbin"]))
        {
            var candidate = Path.Combine(directory, "setsid");
            if (directory.Length > 0 && File.Exists(candidate) && Posix.IsExecutable(candidate))
            {
                return candidate;
            }
        }

        throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, "The process runtime needs the setsid program (util-linux) on PATH; none was found.");
    }

    private static FileStream AcquireLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException busy)
        {
            throw new ContainerRuntimeException(
                RuntimeReasons.RuntimeError, $"Another process runtime already uses {Path.GetDirectoryName(path)} (its lock {path} is held).", busy);
        }
    }

    private ProcessContainer FindContainer(string containerId) =>
        _containers.TryGetValue(containerId, out var container)
            ? container
            : throw new ContainerRuntimeException(RuntimeReasons.NotFound, $"No container with id {containerId} in the process runtime.");

    private ProcessSandboxRecord FindSandbox(string sandboxId) =>
        _sandboxes.TryGetValue(sandboxId, out var sandbox)
            ? sandbox
            : throw new ContainerRuntimeException(RuntimeReasons.NotFound, $"No pod sandbox with id {sandboxId} in the process runtime.");

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }
}
