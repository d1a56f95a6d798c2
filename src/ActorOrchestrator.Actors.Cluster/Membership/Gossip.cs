using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// The replicated membership state: members by address, the overview (seen set and reachability), the vector
/// clock version, and tombstones of removed members (so a stale gossip cannot bring them back). Immutable;
/// every change returns a new gossip, and callers that publish a change bump the version themselves.
/// </summary>
public sealed partial class Gossip : IEquatable<Gossip>
{
    private Gossip(
        ImmutableSortedDictionary<UniqueAddress, Member> members,
        GossipOverview overview,
        VectorClock version,
        ImmutableSortedDictionary<UniqueAddress, DateTimeOffset> tombstones)
    {
        Members = members;
        Overview = overview;
        Version = version;
        Tombstones = tombstones;
    }

    public static Gossip Empty { get; } = new(
        ImmutableSortedDictionary<UniqueAddress, Member>.Empty,
        GossipOverview.Empty,
        VectorClock.Empty,
        ImmutableSortedDictionary<UniqueAddress, DateTimeOffset>.Empty);

    /// <summary>Members by address (so enumeration is in address order). Removed members are not here.</summary>
    public ImmutableSortedDictionary<UniqueAddress, Member> Members { get; }

    public GossipOverview Overview { get; }

    public VectorClock Version { get; }

    /// <summary>Removed incarnations and when they were removed (wall clock of the member that removed them).</summary>
    public ImmutableSortedDictionary<UniqueAddress, DateTimeOffset> Tombstones { get; }

    public Reachability Reachability => Overview.Reachability;

    /// <summary>A gossip holding <paramref name="members"/> at version zero, seen by nobody.</summary>
    public static Gossip Of(IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Empty.WithMembers(members);
    }

    /// <summary>A gossip exactly as another member described it (read from the wire).</summary>
    /// <exception cref="ArgumentException">A member appears twice, or is also tombstoned.</exception>
    internal static Gossip Restore(
        IEnumerable<Member> members,
        IEnumerable<UniqueAddress> seen,
        Reachability reachability,
        VectorClock version,
        IEnumerable<KeyValuePair<UniqueAddress, DateTimeOffset>> tombstones)
    {
        var memberTable = ImmutableSortedDictionary.CreateBuilder<UniqueAddress, Member>();
        foreach (var member in members)
        {
            if (!memberTable.TryAdd(member.UniqueAddress, member))
            {
                throw new ArgumentException($"Member {member.UniqueAddress} appears twice in the gossip.");
            }
        }
        var tombstoneTable = tombstones.ToImmutableSortedDictionary();
        if (tombstoneTable.Keys.FirstOrDefault(memberTable.ContainsKey) is { } both)
        {
            throw new ArgumentException($"Member {both} is both a member and removed.");
        }
        return new Gossip(memberTable.ToImmutable(), new GossipOverview([.. seen], reachability), version, tombstoneTable);
    }

    public bool HasMember(UniqueAddress node) => Members.ContainsKey(node);

    public Member? MemberOf(UniqueAddress node) => Members.GetValueOrDefault(node);

    /// <summary>The member at this host and port, whatever its uid.</summary>
    public Member? MemberAt(NodeAddress address) => Members.Values.FirstOrDefault(m => m.Address == address);

    public bool IsRemoved(UniqueAddress node) => Tombstones.ContainsKey(node);

    /// <summary>Whether <paramref name="node"/> has seen this version.</summary>
    public bool SeenBy(UniqueAddress node) => Overview.Seen.Contains(node);

    /// <summary>This gossip with <paramref name="member"/> added or replacing the member at the same address.</summary>
    public Gossip WithMember(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new Gossip(Members.SetItem(member.UniqueAddress, member), Overview, Version, Tombstones);
    }

    public Gossip WithMembers(IEnumerable<Member> members) =>
        members.Aggregate(this, static (gossip, member) => gossip.WithMember(member));

    public Gossip WithReachability(Reachability reachability)
    {
        ArgumentNullException.ThrowIfNull(reachability);
        return new Gossip(Members, Overview with { Reachability = reachability }, Version, Tombstones);
    }

    /// <summary>This gossip after <paramref name="node"/> changed it: version bumped for that node.</summary>
    public Gossip Increment(UniqueAddress node) => new(Members, Overview, Version.Increment(node), Tombstones);

    /// <summary>This gossip with <paramref name="node"/> added to the seen set.</summary>
    public Gossip Seen(UniqueAddress node) =>
        SeenBy(node) ? this : new Gossip(Members, Overview with { Seen = Overview.Seen.Add(node) }, Version, Tombstones);

    /// <summary>This gossip seen only by <paramref name="node"/> (the one that just changed it).</summary>
    public Gossip OnlySeen(UniqueAddress node) =>
        new(Members, Overview with { Seen = [node] }, Version, Tombstones);

    public Gossip ClearSeen() =>
        Overview.Seen.IsEmpty ? this : new Gossip(Members, Overview with { Seen = [] }, Version, Tombstones);

    /// <summary>The union of both seen sets; only meaningful when both gossips have the same version.</summary>
    public Gossip MergeSeen(Gossip other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Gossip(Members, Overview with { Seen = Overview.Seen.Union(other.Overview.Seen) }, Version, Tombstones);
    }

    /// <summary>
    /// This gossip without <paramref name="node"/>: gone from the members, the seen set, the reachability table
    /// and the version, and remembered as a tombstone from <paramref name="removedAt"/>.
    /// </summary>
    public Gossip Remove(UniqueAddress node, DateTimeOffset removedAt) =>
        new(
            Members.Remove(node),
            new GossipOverview(Overview.Seen.Remove(node), Overview.Reachability.Remove([node])),
            Version.Prune(node),
            Tombstones.SetItem(node, Tombstones.TryGetValue(node, out var earlier) && earlier > removedAt ? earlier : removedAt));

    /// <summary>This gossip without the tombstones of members removed before <paramref name="removedBefore"/>.</summary>
    public Gossip PruneTombstones(DateTimeOffset removedBefore)
    {
        var expired = Tombstones.Where(t => t.Value < removedBefore).Select(static t => t.Key).ToList();
        return expired.Count == 0 ? this : new Gossip(Members, Overview, Version, Tombstones.RemoveRange(expired));
    }
}
