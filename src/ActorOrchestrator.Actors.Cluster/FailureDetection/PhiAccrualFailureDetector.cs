namespace ActorOrchestrator.Actors.Cluster.FailureDetection;

/// <summary>
/// The phi-accrual failure detector (Hayashibara et al.) for one monitored member. Instead of a yes/no timeout it
/// reports phi, the suspicion that the member is gone: phi = -log10(P(a heartbeat arrives later than now)),
/// where heartbeat intervals are taken as normally distributed with the mean and deviation of the recent
/// intervals. The acceptable pause is added to the mean and the deviation has a floor, so ordinary jitter and
/// short stalls do not raise suspicion. Before the first heartbeat phi is 0. Immutable: a heartbeat returns a
/// new detector. Times are monotonic (see <see cref="MonotonicClock"/>).
/// </summary>
public sealed class PhiAccrualFailureDetector
{
    private readonly FailureDetectorSettings _settings;
    private readonly HeartbeatHistory? _history;

    public PhiAccrualFailureDetector(FailureDetectorSettings settings)
        : this(settings, null, null)
    {
    }

    private PhiAccrualFailureDetector(FailureDetectorSettings settings, HeartbeatHistory? history, TimeSpan? lastHeartbeatAt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _history = history;
        LastHeartbeatAt = lastHeartbeatAt;
    }

    public TimeSpan? LastHeartbeatAt { get; }

    /// <summary>Whether a heartbeat has arrived yet.</summary>
    public bool IsMonitoring => LastHeartbeatAt.HasValue;

    /// <summary>Mean of the remembered intervals (the first estimate until real ones arrive).</summary>
    public TimeSpan MeanInterval => TimeSpan.FromMilliseconds(_history?.Mean ?? 0);

    /// <summary>Standard deviation of the remembered intervals, before the floor is applied.</summary>
    public TimeSpan IntervalStdDeviation => TimeSpan.FromMilliseconds(_history?.StdDeviation ?? 0);

    /// <summary>Intervals remembered.</summary>
    public int SampleCount => _history?.Count ?? 0;

    /// <summary>
    /// This detector after a heartbeat at <paramref name="now"/>. The first one seeds the history with the
    /// first-heartbeat estimate (mean) and a quarter of it (deviation). An interval is learnt only while the
    /// member was still considered available, so the long gap of an outage does not teach the detector to wait
    /// longer next time.
    /// </summary>
    public PhiAccrualFailureDetector Heartbeat(TimeSpan now)
    {
        if (_history is null || LastHeartbeatAt is not { } last)
        {
            var estimate = _settings.FirstHeartbeatEstimate.TotalMilliseconds;
            var deviation = estimate / 4;
            var seeded = HeartbeatHistory.Empty(_settings.MaxSampleSize).Add(estimate - deviation).Add(estimate + deviation);
            return new PhiAccrualFailureDetector(_settings, seeded, now);
        }
        var interval = (now - last).TotalMilliseconds;
        var history = interval >= 0 && IsAvailable(now) ? _history.Add(interval) : _history;
        return new PhiAccrualFailureDetector(_settings, history, now > last ? now : last);
    }

    /// <summary>The suspicion level at <paramref name="now"/>: 0 before any heartbeat, growing with silence.</summary>
    public double Phi(TimeSpan now)
    {
        if (_history is null || LastHeartbeatAt is not { } last)
        {
            return 0.0;
        }
        var mean = _history.Mean + _settings.AcceptableHeartbeatPause.TotalMilliseconds;
        var deviation = Math.Max(_history.StdDeviation, _settings.MinStdDeviation.TotalMilliseconds);
        return Calculate((now - last).TotalMilliseconds, mean, deviation);
    }

    /// <summary>Whether phi is still below the threshold.</summary>
    public bool IsAvailable(TimeSpan now) => Phi(now) < _settings.Threshold;

    /// <summary>
    /// phi for a silence of <paramref name="elapsedMs"/> given interval mean and deviation (milliseconds). The
    /// normal tail is approximated by the logistic function 1 / (1 + e^z), z = y(1.5976 + 0.070566 y²) with
    /// y = (elapsed - mean) / deviation (Bowling et al., error below 0.00014), which gives
    /// phi = log10(1 + e^z), computed without overflow.
    /// </summary>
    public static double Calculate(double elapsedMs, double meanMs, double stdDeviationMs)
    {
        var y = (elapsedMs - meanMs) / stdDeviationMs;
        var z = y * (1.5976 + (0.070566 * y * y));
        var softplus = z > 0 ? z + LogOnePlus(Math.Exp(-z)) : LogOnePlus(Math.Exp(z));
        return softplus / Math.Log(10);
    }

    /// <summary>ln(1 + x) for x ≥ 0, accurate for tiny x where 1 + x rounds to 1 (a series; error below x³/3).</summary>
    private static double LogOnePlus(double x) => x < 1e-5 ? x - (x * x / 2) : Math.Log(1 + x);
}
