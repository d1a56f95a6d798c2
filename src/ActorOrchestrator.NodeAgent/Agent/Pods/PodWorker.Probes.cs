using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Probes;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>Probes: one worker per probe of a running instance; readiness drives ready, liveness and startup failures restart.</summary>
internal sealed partial class PodWorker
{
    private readonly Dictionary<string, List<IActorRef>> _probes = new(StringComparer.Ordinal);

    private void StartProbes(string name, string containerId)
    {
        var spec = SpecOf(name);
        if (spec.StartupProbe is { } startup)
        {
            StartProbe(ProbeKind.Startup, startup, spec, containerId);
            return;
        }

        StartRunningProbes(spec, containerId);
    }

    private void StartRunningProbes(Container spec, string containerId)
    {
        if (spec.LivenessProbe is { } liveness)
        {
            StartProbe(ProbeKind.Liveness, liveness, spec, containerId);
        }

        if (spec.ReadinessProbe is { } readiness)
        {
            StartProbe(ProbeKind.Readiness, readiness, spec, containerId);
        }
    }

    private void StartProbe(ProbeKind kind, Probe probe, Container spec, string containerId)
    {
        var name = spec.Name ?? "";
        if (!_probes.TryGetValue(name, out var workers))
        {
            _probes[name] = workers = [];
        }

        var runner = new ProbeRunner(_context.Runtime, spec, containerId, _podIP);
        workers.Add(Context.ActorOf(ProbeWorker.Props(kind, probe, runner)));
    }

    private void StopProbes(string name)
    {
        if (_probes.Remove(name, out var workers))
        {
            workers.ForEach(Context.Stop);
        }
    }

    private async Task HandleProbeStateChangedAsync(ProbeStateChanged changed)
    {
        if (!_records.TryGetValue(changed.Container, out var record) || record.ContainerId != changed.ContainerId || !record.IsRunning)
        {
            return;
        }

        switch (changed.Kind, changed.Result)
        {
            case (ProbeKind.Readiness, _):
                _records[changed.Container] = record with { Ready = changed.Result == ProbeResult.Success };
                await WriteStatusAsync();
                break;
            case (ProbeKind.Startup, ProbeResult.Success):
                StopProbes(changed.Container);
                var spec = SpecOf(changed.Container);
                _records[changed.Container] = record with { Started = true, Ready = spec.ReadinessProbe is null };
                StartRunningProbes(spec, changed.ContainerId);
                await WriteStatusAsync();
                break;
            case (ProbeKind.Liveness or ProbeKind.Startup, ProbeResult.Failure):
                StopProbes(changed.Container);
                var probe = changed.Kind == ProbeKind.Liveness ? SpecOf(changed.Container).LivenessProbe : SpecOf(changed.Container).StartupProbe;
                var kind = changed.Kind == ProbeKind.Liveness ? "liveness" : "startup";
                Record("Normal", "Killing", $"Container {changed.Container} failed {kind} probe, will be restarted");
                var grace = probe?.TerminationGracePeriodSeconds is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : GracePeriod();
                StopDetached(changed.ContainerId, grace);
                break;
        }
    }

    private void HandleProbeFailed(ProbeFailed failed)
    {
        if (_records.TryGetValue(failed.Container, out var record) && record.ContainerId == failed.ContainerId && record.IsRunning)
        {
            Record("Warning", "Unhealthy", $"{failed.Kind} probe failed: {failed.Message}");
        }
    }

    /// <summary>Stops an instance without waiting here; its exit arrives through the runtime's wait like any other.</summary>
    private void StopDetached(string containerId, TimeSpan grace)
    {
        var pod = _podName;
        var log = _log;
        _context.Runtime.StopContainerAsync(containerId, grace, CancellationToken.None)
            .ContinueWith(task => log.CleanupFailed(pod, $"stopping container {containerId}", task.Exception!), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
