using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.FailureDetection;

/// <summary>
/// One phi-accrual detector per monitored member. A member whose first heartbeat response never comes is
/// judged from expected-response-after on, as if a heartbeat had arrived then, so a member that dies before
/// answering once is still detected. Immutable; times are monotonic.
/// </summary>
public sealed class FailureDetectorRegistry
{
    private readonly ImmutableDictionary<UniqueAddress, PhiAccrualFailureDetector> _detectors;
    private readonly ImmutableDictionary<UniqueAddress, TimeSpan> _firstResponseDue;

    public FailureDetectorRegistry(FailureDetectorSettings settings)
        : this(settings, ImmutableDictionary<UniqueAddress, PhiAccrualFailureDetector>.Empty, ImmutableDictionary<UniqueAddress, TimeSpan>.Empty)
    {
    }

    private FailureDetectorRegistry(
        FailureDetectorSettings settings,
        ImmutableDictionary<UniqueAddress, PhiAccrualFailureDetector> detectors,
        ImmutableDictionary<UniqueAddress, TimeSpan> firstResponseDue)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _detectors = detectors;
        _firstResponseDue = firstResponseDue;
    }

    public FailureDetectorSettings Settings { get; }

    /// <summary>Members being watched: heard from at least once, or waiting for the first response.</summary>
    public IEnumerable<UniqueAddress> Monitored => _detectors.Keys.Union(_firstResponseDue.Keys);

    /// <summary>The first heartbeat request to <paramref name="node"/> went out at <paramref name="now"/>.</summary>
    public FailureDetectorRegistry ExpectResponses(UniqueAddress node, TimeSpan now) =>
        _detectors.ContainsKey(node) || _firstResponseDue.ContainsKey(node)
            ? this
            : new FailureDetectorRegistry(Settings, _detectors, _firstResponseDue.Add(node, now + Settings.ExpectedResponseAfter));

    /// <summary>A heartbeat response from <paramref name="node"/> arrived at <paramref name="now"/>.</summary>
    public FailureDetectorRegistry Heartbeat(UniqueAddress node, TimeSpan now)
    {
        var detector = DetectorOf(node, now) ?? new PhiAccrualFailureDetector(Settings);
        return new FailureDetectorRegistry(Settings, _detectors.SetItem(node, detector.Heartbeat(now)), _firstResponseDue.Remove(node));
    }

    /// <summary>Stops watching <paramref name="node"/> (it left the set this member monitors, or the cluster).</summary>
    public FailureDetectorRegistry Remove(UniqueAddress node) =>
        new(Settings, _detectors.Remove(node), _firstResponseDue.Remove(node));

    /// <summary>phi of <paramref name="node"/> at <paramref name="now"/>; 0 for a member not (yet) judged.</summary>
    public double Phi(UniqueAddress node, TimeSpan now) => DetectorOf(node, now)?.Phi(now) ?? 0.0;

    /// <summary>Whether <paramref name="node"/> is considered alive; members not watched are.</summary>
    public bool IsAvailable(UniqueAddress node, TimeSpan now) => DetectorOf(node, now)?.IsAvailable(now) ?? true;

    /// <summary>The watched members that are not available at <paramref name="now"/>, in address order.</summary>
    public ImmutableSortedSet<UniqueAddress> Unavailable(TimeSpan now) =>
        Monitored.Where(node => !IsAvailable(node, now)).ToImmutableSortedSet();

    private PhiAccrualFailureDetector? DetectorOf(UniqueAddress node, TimeSpan now)
    {
        if (_detectors.TryGetValue(node, out var detector))
        {
            return detector;
        }
        return _firstResponseDue.TryGetValue(node, out var due) && now >= due
            ? new PhiAccrualFailureDetector(Settings).Heartbeat(due)
            : null;
    }
}
