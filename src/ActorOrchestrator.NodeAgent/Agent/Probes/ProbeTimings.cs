using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>A probe's timing and thresholds with Kubernetes' defaults for unset fields.</summary>
internal sealed record ProbeTimings(TimeSpan InitialDelay, TimeSpan Period, TimeSpan Timeout, int SuccessThreshold, int FailureThreshold)
{
    public static ProbeTimings Of(Probe probe) => new(
        TimeSpan.FromSeconds(Math.Max(0, probe.InitialDelaySeconds ?? 0)),
        TimeSpan.FromSeconds(Math.Max(1, probe.PeriodSeconds ?? 10)),
        TimeSpan.FromSeconds(Math.Max(1, probe.TimeoutSeconds ?? 1)),
        Math.Max(1, probe.SuccessThreshold ?? 1),
        Math.Max(1, probe.FailureThreshold ?? 3));
}
