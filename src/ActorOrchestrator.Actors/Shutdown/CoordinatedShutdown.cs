using System.Collections.Immutable;

namespace ActorOrchestrator.Actors;

/// <summary>
/// Ordered shutdown of a system: tasks registered per phase run concurrently, phases run in order, each bounded by
/// its timeout (a phase that times out is logged and the next one starts). The last phase terminates the system.
/// </summary>
public sealed class CoordinatedShutdown
{
    public const string PhaseBeforeServiceUnbind = "before-service-unbind";
    public const string PhaseServiceUnbind = "service-unbind";
    public const string PhaseServiceRequestsDone = "service-requests-done";
    public const string PhaseServiceStop = "service-stop";
    public const string PhaseBeforeClusterShutdown = "before-cluster-shutdown";
    public const string PhaseClusterShardingShutdownRegion = "cluster-sharding-shutdown-region";
    public const string PhaseClusterLeave = "cluster-leave";
    public const string PhaseClusterExiting = "cluster-exiting";
    public const string PhaseClusterExitingDone = "cluster-exiting-done";
    public const string PhaseClusterShutdown = "cluster-shutdown";
    public const string PhaseBeforeActorSystemTerminate = "before-actor-system-terminate";
    public const string PhaseActorSystemTerminate = "actor-system-terminate";

    private readonly ActorSystem _system;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(string Name, Func<Task> Task)>> _tasks = new(StringComparer.Ordinal);
    private Task? _run;

    internal CoordinatedShutdown(ActorSystem system)
    {
        _system = system;
        AddTask(PhaseActorSystemTerminate, "terminate-actor-system", system.StopGuardians);
    }

    /// <summary>The phases in the order they run.</summary>
    public static ImmutableArray<string> Phases { get; } =
    [
        PhaseBeforeServiceUnbind, PhaseServiceUnbind, PhaseServiceRequestsDone, PhaseServiceStop,
        PhaseBeforeClusterShutdown, PhaseClusterShardingShutdownRegion, PhaseClusterLeave, PhaseClusterExiting,
        PhaseClusterExitingDone, PhaseClusterShutdown, PhaseBeforeActorSystemTerminate, PhaseActorSystemTerminate,
    ];

    /// <summary>The reason of the run, once started.</summary>
    public ShutdownReason? Reason { get; private set; }

    /// <summary>Sum of all phase timeouts: the longest a run can take.</summary>
    public TimeSpan TotalTimeout => Phases.Aggregate(TimeSpan.Zero, (total, phase) => total + GetPhaseTimeout(phase));

    public TimeSpan GetPhaseTimeout(string phase) =>
        _system.Settings.ShutdownPhaseTimeouts.TryGetValue(phase, out var timeout) ? timeout : _system.Settings.DefaultShutdownPhaseTimeout;

    /// <summary>Registers <paramref name="task"/> to run in <paramref name="phase"/>; tasks added after the run started are ignored.</summary>
    public void AddTask(string phase, string taskName, Func<Task> task)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskName);
        ArgumentNullException.ThrowIfNull(task);
        if (!Phases.Contains(phase))
        {
            throw new ArgumentException($"Unknown coordinated shutdown phase '{phase}'; known phases: {string.Join(", ", Phases)}", nameof(phase));
        }
        lock (_gate)
        {
            if (!_tasks.TryGetValue(phase, out var tasks))
            {
                tasks = [];
                _tasks.Add(phase, tasks);
            }
            tasks.Add((taskName, task));
        }
    }

    /// <summary>Runs all phases once; later calls return the same task.</summary>
    public Task RunAsync(ShutdownReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            if (_run is null)
            {
                Reason = reason;
                _system.MarkTerminating();
                KernelLog.ShutdownStarted(_system.KernelLogger, _system.Name, reason.Name);
                _run = Task.Run(RunPhasesAsync);
            }
            return _run;
        }
    }

    private async Task RunPhasesAsync()
    {
        foreach (var phase in Phases)
        {
            List<(string Name, Func<Task> Task)> tasks;
            lock (_gate)
            {
                tasks = _tasks.TryGetValue(phase, out var registered) ? [.. registered] : [];
            }
            if (tasks.Count > 0)
            {
                await RunPhaseAsync(phase, tasks).ConfigureAwait(false);
            }
        }
    }

    private async Task RunPhaseAsync(string phase, List<(string Name, Func<Task> Task)> tasks)
    {
        var running = tasks.Select(task => (task.Name, Task: StartTask(phase, task.Name, task.Task))).ToList();
        var timeout = GetPhaseTimeout(phase);
        var all = Task.WhenAll(running.Select(r => r.Task));
        try
        {
            await all.WaitAsync(timeout, _system.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var pending = string.Join(", ", running.Where(r => !r.Task.IsCompleted).Select(r => r.Name));
            KernelLog.ShutdownPhaseTimedOut(_system.KernelLogger, phase, timeout, pending);
        }
    }

    private async Task StartTask(string phase, string name, Func<Task> task)
    {
        try
        {
            await task().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            KernelLog.ShutdownTaskFailed(_system.KernelLogger, phase, name, e);
        }
    }
}
