using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

public sealed partial class Reachability
{
    /// <summary>
    /// Combines two tables, keeping only observers and subjects in <paramref name="allowed"/> (the members of
    /// the merged gossip). Per observation the newer record wins; a record only one side holds survives unless
    /// the other side has already seen the observer's version that dropped it. Commutative and associative.
    /// </summary>
    public Reachability Merge(IReadOnlySet<UniqueAddress> allowed, Reachability other)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(other);
        var rows = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>>();
        var versions = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, long>();
        foreach (var observer in Versions.Keys.Union(other.Versions.Keys).Where(allowed.Contains))
        {
            var mineVersion = Versions.GetValueOrDefault(observer);
            var theirVersion = other.Versions.GetValueOrDefault(observer);
            versions[observer] = Math.Max(mineVersion, theirVersion);
            var row = MergeRow(
                _rows.GetValueOrDefault(observer), mineVersion,
                other._rows.GetValueOrDefault(observer), theirVersion,
                allowed);
            if (row.Count > 0)
            {
                rows[observer] = row;
            }
        }
        return new Reachability(rows.ToImmutable(), versions.ToImmutable());
    }

    /// <summary>A table exactly as another member described it (read from the wire).</summary>
    /// <exception cref="ArgumentException">A record is Reachable, or newer than its observer's version.</exception>
    internal static Reachability Restore(IEnumerable<ReachabilityRecord> records, IEnumerable<KeyValuePair<UniqueAddress, long>> versions)
    {
        var versionTable = versions.ToImmutableSortedDictionary();
        var rows = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>>();
        foreach (var record in records)
        {
            if (record.Status is not (ReachabilityStatus.Unreachable or ReachabilityStatus.Terminated))
            {
                throw new ArgumentException($"Reachability record {record.Observer} -> {record.Subject} has status {record.Status}; only Unreachable and Terminated are recorded.");
            }
            if (record.Version < 1 || record.Version > versionTable.GetValueOrDefault(record.Observer))
            {
                throw new ArgumentException($"Reachability record {record.Observer} -> {record.Subject} has version {record.Version}, beyond its observer's version.");
            }
            var row = rows.GetValueOrDefault(record.Observer) ?? ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>.Empty;
            rows[record.Observer] = row.SetItem(record.Subject, record);
        }
        return new Reachability(rows.ToImmutable(), versionTable);
    }

    /// <summary>This table without any observation by or about <paramref name="nodes"/>.</summary>
    public Reachability Remove(IEnumerable<UniqueAddress> nodes)
    {
        var gone = nodes.ToHashSet();
        if (gone.Count == 0)
        {
            return this;
        }
        var rows = _rows.RemoveRange(gone);
        foreach (var (observer, row) in rows)
        {
            var kept = row.RemoveRange(gone);
            rows = kept.Count == 0 ? rows.Remove(observer) : rows.SetItem(observer, kept);
        }
        return new Reachability(rows, Versions.RemoveRange(gone));
    }

    /// <summary>This table without the observations made by <paramref name="observers"/> (used to ignore downed observers).</summary>
    public Reachability RemoveObservers(IEnumerable<UniqueAddress> observers)
    {
        var ignored = observers.ToHashSet();
        return ignored.Count == 0 ? this : new Reachability(_rows.RemoveRange(ignored), Versions.RemoveRange(ignored));
    }

    private static ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord> MergeRow(
        ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>? mine, long mineVersion,
        ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>? theirs, long theirVersion,
        IReadOnlySet<UniqueAddress> allowed)
    {
        mine ??= ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>.Empty;
        theirs ??= ImmutableSortedDictionary<UniqueAddress, ReachabilityRecord>.Empty;
        var merged = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, ReachabilityRecord>();
        foreach (var subject in mine.Keys.Union(theirs.Keys).Where(allowed.Contains))
        {
            mine.TryGetValue(subject, out var a);
            theirs.TryGetValue(subject, out var b);
            var kept = (a, b) switch
            {
                (not null, not null) => a.Version >= b.Version ? a : b,
                (not null, null) => a.Version > theirVersion ? a : null,
                (null, not null) => b.Version > mineVersion ? b : null,
                _ => null,
            };
            if (kept is not null)
            {
                merged[subject] = kept;
            }
        }
        return merged.ToImmutable();
    }

    public bool Equals(Reachability? other) =>
        other is not null
        && Versions.SequenceEqual(other.Versions)
        && Records.SequenceEqual(other.Records);

    public override bool Equals(object? obj) => Equals(obj as Reachability);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var record in Records)
        {
            hash.Add(record);
        }
        return hash.ToHashCode();
    }

    public override string ToString() =>
        $"Reachability({string.Join(", ", Records.Select(r => $"{r.Observer} -> {r.Subject}: {r.Status} @{r.Version}"))})";
}
