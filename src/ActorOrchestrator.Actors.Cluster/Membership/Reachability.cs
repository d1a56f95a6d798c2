using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// The reachability table gossiped with the membership: per observer, its observations of other members and a
/// version it bumps on every change of its own observations. A subject is unreachable while any observer says
/// so, and reachable again only when every observer agrees; Terminated is final. Only the observer changes
/// its rows, so a merge takes, per observation, the newer one. Only Unreachable and Terminated observations are
/// stored: a subject an observer has no record of is reachable to it. Immutable.
/// </summary>
public sealed partial class Reachability : IEquatable<Reachability>
{
    private readonly ImmutableSortedDictionary<UniqueAddress, ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>> _rows;

    private Reachability(
        ImmutableSortedDictionary<UniqueAddress, ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>> rows,
        ImmutableSortedDictionary<UniqueAddress, long> versions)
    {
        _rows = rows;
        Versions = versions;
    }

    public static Reachability Empty { get; } = new(
        ImmutableSortedDictionary<UniqueAddress, ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>>.Empty,
        ImmutableSortedDictionary<UniqueAddress, long>.Empty);

    /// <summary>Each observer's version: how many changes it made to its observations.</summary>
    public ImmutableSortedDictionary<UniqueAddress, long> Versions { get; }

    /// <summary>Every observation, ordered by observer then subject.</summary>
    public IEnumerable<ReachabilityRecord> Records => _rows.Values.SelectMany(static row => row.Values);

    public bool IsAllReachable => _rows.IsEmpty;

    /// <summary>Observer's failure detector gave up on the subject.</summary>
    public Reachability Unreachable(UniqueAddress observer, UniqueAddress subject) => Change(observer, subject, ReachabilityStatus.Unreachable);

    /// <summary>Observer hears from the subject again.</summary>
    public Reachability Reachable(UniqueAddress observer, UniqueAddress subject) => Change(observer, subject, ReachabilityStatus.Reachable);

    /// <summary>Observer knows the subject is gone for good.</summary>
    public Reachability Terminated(UniqueAddress observer, UniqueAddress subject) => Change(observer, subject, ReachabilityStatus.Terminated);

    /// <summary>The combined verdict of all observers on <paramref name="subject"/>.</summary>
    public ReachabilityStatus StatusOf(UniqueAddress subject)
    {
        var verdict = ReachabilityStatus.Reachable;
        foreach (var row in _rows.Values)
        {
            if (row.TryGetValue(subject, out var record))
            {
                if (record.Status == ReachabilityStatus.Terminated)
                {
                    return ReachabilityStatus.Terminated;
                }
                if (record.Status == ReachabilityStatus.Unreachable)
                {
                    verdict = ReachabilityStatus.Unreachable;
                }
            }
        }
        return verdict;
    }

    /// <summary>What <paramref name="observer"/> itself concluded about <paramref name="subject"/>.</summary>
    public ReachabilityStatus StatusOf(UniqueAddress observer, UniqueAddress subject) =>
        _rows.TryGetValue(observer, out var row) && row.TryGetValue(subject, out var record) ? record.Status : ReachabilityStatus.Reachable;

    public bool IsReachable(UniqueAddress subject) => StatusOf(subject) == ReachabilityStatus.Reachable;

    /// <summary>Subjects at least one observer finds unreachable, none terminated.</summary>
    public ImmutableSortedSet<UniqueAddress> AllUnreachable =>
        Subjects().Where(s => StatusOf(s) == ReachabilityStatus.Unreachable).ToImmutableSortedSet();

    /// <summary>Subjects at least one observer finds unreachable or terminated.</summary>
    public ImmutableSortedSet<UniqueAddress> AllUnreachableOrTerminated =>
        Subjects().ToImmutableSortedSet();

    /// <summary>Subjects that <paramref name="observer"/> itself finds unreachable or terminated.</summary>
    public ImmutableSortedSet<UniqueAddress> AllUnreachableFrom(UniqueAddress observer) =>
        _rows.TryGetValue(observer, out var row)
            ? row.Keys.ToImmutableSortedSet()
            : [];

    /// <summary>Observers that find <paramref name="subject"/> unreachable or terminated.</summary>
    public ImmutableSortedSet<UniqueAddress> ObserversOf(UniqueAddress subject) =>
        _rows.Where(row => row.Value.ContainsKey(subject))
            .Select(static row => row.Key)
            .ToImmutableSortedSet();

    private IEnumerable<UniqueAddress> Subjects() => Records.Select(static r => r.Subject).Distinct();

    private Reachability Change(UniqueAddress observer, UniqueAddress subject, ReachabilityStatus status)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(subject);
        var version = Versions.GetValueOrDefault(observer) + 1;
        var row = _rows.GetValueOrDefault(observer) ?? ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>.Empty;
        row.TryGetValue(subject, out var existing);
        if (existing is null ? status == ReachabilityStatus.Reachable : existing.Status == status || existing.Status == ReachabilityStatus.Terminated)
        {
            return this;
        }
        var changedRow = status == ReachabilityStatus.Reachable
            ? row.Remove(subject)
            : row.SetItem(subject, new ReachabilityRecord(observer, subject, status, version));
        var rows = changedRow.IsEmpty ? _rows.Remove(observer) : _rows.SetItem(observer, changedRow);
        return new Reachability(rows, Versions.SetItem(observer, version));
    }
}
