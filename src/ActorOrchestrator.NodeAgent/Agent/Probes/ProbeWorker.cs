using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Pods;

namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>
/// Probes one container instance with one probe on its period, as kubelet's prober worker does: the first run after
/// initialDelaySeconds, every failure reported (Unhealthy event), the state reported when it turns. A liveness or
/// startup failure is reported once; the instance is then restarted and gets new workers.
/// </summary>
internal sealed class ProbeWorker : ReceiveActor, IWithTimers
{
    private const string TickTimer = "probe";

    private readonly ProbeKind _kind;
    private readonly Probe _probe;
    private readonly ProbeTimings _timings;
    private readonly ProbeRunner _runner;
    private readonly string _container;
    private readonly CancellationTokenSource _stopping = new();
    private ProbeTracker _tracker;

    public ProbeWorker(ProbeKind kind, Probe probe, ProbeRunner runner)
    {
        _kind = kind;
        _probe = probe;
        _timings = ProbeTimings.Of(probe);
        _runner = runner;
        _container = runner.Container.Name ?? "";
        _tracker = ProbeTracker.Initial(kind);
        ReceiveAsync<Tick>(_ => ProbeAsync());
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(ProbeKind kind, Probe probe, ProbeRunner runner) =>
        Actors.Props.Create(() => new ProbeWorker(kind, probe, runner));

    protected override void PreStart() => Timers.StartSingleTimer(TickTimer, Tick.Instance, _timings.InitialDelay);

    protected override void PostStop() => _stopping.Cancel();

    private async Task ProbeAsync()
    {
        var outcome = await _runner.RunAsync(_probe, _timings.Timeout, _stopping.Token);
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        var before = _tracker.Current;
        _tracker = _tracker.Observe(outcome.Result, _timings);
        if (outcome.Result == ProbeResult.Failure)
        {
            Context.Parent.Tell(new ProbeFailed(_container, _runner.ContainerId, _kind, outcome.Message));
        }

        if (_tracker.Current != before)
        {
            Context.Parent.Tell(new ProbeStateChanged(_container, _runner.ContainerId, _kind, _tracker.Current));
        }

        var done = _tracker.Current == ProbeResult.Failure && _kind != ProbeKind.Readiness
                   || _tracker.Current == ProbeResult.Success && _kind == ProbeKind.Startup;
        if (!done)
        {
            Timers.StartSingleTimer(TickTimer, Tick.Instance, _timings.Period);
        }
    }

    private sealed record Tick
    {
        public static Tick Instance { get; } = new();
    }
}
