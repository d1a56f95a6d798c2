using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// A version per member that changed the gossip; a member missing from the clock has version 0. Immutable.
/// </summary>
public sealed class VectorClock : IEquatable<VectorClock>
{
    private VectorClock(ImmutableSortedDictionary<UniqueAddress, long> versions) => Versions = versions;

    public static VectorClock Empty { get; } = new(ImmutableSortedDictionary<UniqueAddress, long>.Empty);

    public ImmutableSortedDictionary<UniqueAddress, long> Versions { get; }

    /// <summary>A clock holding exactly these versions (each at least 1).</summary>
    public static VectorClock Of(IEnumerable<KeyValuePair<UniqueAddress, long>> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var builder = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, long>();
        foreach (var (node, version) in versions)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(version, 1, nameof(versions));
            builder[node] = version;
        }
        return new VectorClock(builder.ToImmutable());
    }

    public long VersionOf(UniqueAddress node) => Versions.GetValueOrDefault(node);

    /// <summary>This clock after <paramref name="node"/> made one more change.</summary>
    public VectorClock Increment(UniqueAddress node) => new(Versions.SetItem(node, VersionOf(node) + 1));

    /// <summary>The smallest clock that is after or same as both: the highest version per member.</summary>
    public VectorClock Merge(VectorClock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = Versions;
        foreach (var (node, version) in other.Versions)
        {
            if (version > VersionOf(node))
            {
                merged = merged.SetItem(node, version);
            }
        }
        return new VectorClock(merged);
    }

    /// <summary>This clock without the entry of a member that has been removed from the cluster.</summary>
    public VectorClock Prune(UniqueAddress node) => Versions.ContainsKey(node) ? new VectorClock(Versions.Remove(node)) : this;

    public VectorClockOrdering Compare(VectorClock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var thisAhead = false;
        var otherAhead = false;
        foreach (var node in Versions.Keys.Union(other.Versions.Keys))
        {
            var mine = VersionOf(node);
            var theirs = other.VersionOf(node);
            thisAhead |= mine > theirs;
            otherAhead |= theirs > mine;
        }
        return (thisAhead, otherAhead) switch
        {
            (false, false) => VectorClockOrdering.Same,
            (false, true) => VectorClockOrdering.Before,
            (true, false) => VectorClockOrdering.After,
            _ => VectorClockOrdering.Concurrent,
        };
    }

    public bool Equals(VectorClock? other) => other is not null && Compare(other) == VectorClockOrdering.Same;

    public override bool Equals(object? obj) => Equals(obj as VectorClock);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (node, version) in Versions)
        {
            hash.Add(node);
            hash.Add(version);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => $"VectorClock({string.Join(", ", Versions.Select(v => $"{v.Key} -> {v.Value}"))})";
}
