namespace ActorOrchestrator.Actors.Cluster.FailureDetection;

/// <summary>The <c>ao.cluster.failure-detector</c> section; defaults equal hocon/reference.conf.</summary>
public sealed record FailureDetectorSettings
{
    public static FailureDetectorSettings Default { get; } = new();

    /// <summary>How often a member sends a heartbeat request to each member it monitors (heartbeat-interval).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Suspicion level (phi) at which a member is marked unreachable (threshold).</summary>
    public double Threshold { get; init; } = 8.0;

    /// <summary>Silence tolerated on top of the usual heartbeat interval before suspicion rises (acceptable-heartbeat-pause).</summary>
    public TimeSpan AcceptableHeartbeatPause { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Floor of the standard deviation of heartbeat intervals, so perfectly regular heartbeats do not make phi jumpy (min-std-deviation).</summary>
    public TimeSpan MinStdDeviation { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Heartbeat intervals remembered per monitored member (max-sample-size).</summary>
    public int MaxSampleSize { get; init; } = 1000;

    /// <summary>Interval assumed before any has been measured; the first estimate's deviation is a quarter of it (first-heartbeat-estimate).</summary>
    public TimeSpan FirstHeartbeatEstimate { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many members monitor each member (monitored-by-nr-of-members).</summary>
    public int MonitoredByNrOfMembers { get; init; } = 9;

    /// <summary>Time after the first heartbeat request at which a member that never answered starts being judged (expected-response-after).</summary>
    public TimeSpan ExpectedResponseAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the detectors are evaluated to mark members unreachable or reachable (unreachable-nodes-reaper-interval).</summary>
    public TimeSpan ReaperInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}
