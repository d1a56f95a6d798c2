using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

public sealed partial class Gossip
{
    /// <summary>
    /// Combines two concurrent gossips, CRDT-style: tombstones unite (the later removal time wins); versions
    /// merge, without the entries of removed members; each member takes its higher-priority version (see
    /// <see cref="MemberPriority"/>) unless removed; reachability merges over the surviving members; and the
    /// seen set starts empty because nobody has seen the result yet. Commutative, associative and idempotent.
    /// </summary>
    public Gossip Merge(Gossip other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var tombstones = Tombstones;
        foreach (var (node, removedAt) in other.Tombstones)
        {
            if (!tombstones.TryGetValue(node, out var mine) || removedAt > mine)
            {
                tombstones = tombstones.SetItem(node, removedAt);
            }
        }

        var version = tombstones.Keys.Aggregate(Version.Merge(other.Version), static (clock, node) => clock.Prune(node));

        var members = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, Member>();
        foreach (var node in Members.Keys.Union(other.Members.Keys).Where(n => !tombstones.ContainsKey(n)))
        {
            var mine = MemberOf(node);
            var theirs = other.MemberOf(node);
            members[node] = mine is not null && theirs is not null ? MemberPriority.HighestOf(mine, theirs) : (mine ?? theirs)!;
        }

        var allowed = members.Keys.ToHashSet();
        var reachability = Reachability.Merge(allowed, other.Reachability);
        return new Gossip(members.ToImmutable(), new GossipOverview([], reachability), version, tombstones);
    }

    public bool Equals(Gossip? other) =>
        other is not null
        && Members.Count == other.Members.Count
        && Members.All(m => m.Value.Equals(other.MemberOf(m.Key)))
        && Overview.Equals(other.Overview)
        && Version.Equals(other.Version)
        && Tombstones.SequenceEqual(other.Tombstones);

    public override bool Equals(object? obj) => Equals(obj as Gossip);

    public override int GetHashCode() => HashCode.Combine(Members.Count, Version, Tombstones.Count);

    public override string ToString() =>
        $"Gossip(members [{string.Join(", ", Members.Values)}], seen [{string.Join(", ", Overview.Seen)}], {Overview.Reachability}, {Version})";
}
