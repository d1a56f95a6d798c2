namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>
/// A probe's state as kubelet's prober keeps it: the reported result changes only after
/// <c>successThreshold</c> consecutive successes or <c>failureThreshold</c> consecutive failures.
/// </summary>
/// <param name="Current">The reported state.</param>
/// <param name="Last">The last single result.</param>
/// <param name="Run">How many times in a row <paramref name="Last"/> came.</param>
internal sealed record ProbeTracker(ProbeResult Current, ProbeResult Last, int Run)
{
    /// <summary>The state before any probe ran: readiness starts failed, liveness succeeded, startup unknown.</summary>
    public static ProbeTracker Initial(ProbeKind kind) => new(
        kind switch
        {
            ProbeKind.Readiness => ProbeResult.Failure,
            ProbeKind.Liveness => ProbeResult.Success,
            _ => ProbeResult.Unknown,
        },
        ProbeResult.Unknown,
        0);

    public ProbeTracker Observe(ProbeResult result, ProbeTimings timings)
    {
        var run = result == Last ? Run + 1 : 1;
        var threshold = result == ProbeResult.Success ? timings.SuccessThreshold : timings.FailureThreshold;
        return run >= threshold ? new ProbeTracker(result, result, run) : this with { Last = result, Run = run };
    }
}
