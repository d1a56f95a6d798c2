using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Probes;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class ProbeTrackerSpec
{
    [Fact]
    public void Readiness_starts_failed_liveness_succeeded_and_startup_unknown()
    {
        Assert.Equal(ProbeResult.Failure, ProbeTracker.Initial(ProbeKind.Readiness).Current);
        Assert.Equal(ProbeResult.Success, ProbeTracker.Initial(ProbeKind.Liveness).Current);
        Assert.Equal(ProbeResult.Unknown, ProbeTracker.Initial(ProbeKind.Startup).Current);
    }

    [Fact]
    public void The_state_turns_only_after_threshold_results_in_a_row()
    {
        var timings = ProbeTimings.Of(new Probe { SuccessThreshold = 2, FailureThreshold = 3 });
        var tracker = ProbeTracker.Initial(ProbeKind.Readiness);

        tracker = tracker.Observe(ProbeResult.Success, timings);
        Assert.Equal(ProbeResult.Failure, tracker.Current);
        tracker = tracker.Observe(ProbeResult.Success, timings);
        Assert.Equal(ProbeResult.Success, tracker.Current);

        tracker = tracker.Observe(ProbeResult.Failure, timings).Observe(ProbeResult.Failure, timings);
        Assert.Equal(ProbeResult.Success, tracker.Current);
        tracker = tracker.Observe(ProbeResult.Success, timings).Observe(ProbeResult.Failure, timings).Observe(ProbeResult.Failure, timings);
        Assert.Equal(ProbeResult.Success, tracker.Current);
        tracker = tracker.Observe(ProbeResult.Failure, timings);
        Assert.Equal(ProbeResult.Failure, tracker.Current);
    }

    [Fact]
    public void Unset_timings_take_kubernetes_defaults()
    {
        var timings = ProbeTimings.Of(new Probe());

        Assert.Equal(new ProbeTimings(TimeSpan.Zero, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1), 1, 3), timings);
    }
}
