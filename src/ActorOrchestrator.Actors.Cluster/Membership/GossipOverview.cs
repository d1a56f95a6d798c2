using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// What travels with the member list: which members have seen the current version (the seen set) and the
/// reachability table.
/// </summary>
public sealed record GossipOverview(ImmutableSortedSet<UniqueAddress> Seen, Reachability Reachability)
{
    public static GossipOverview Empty { get; } = new([], Reachability.Empty);

    public bool Equals(GossipOverview? other) =>
        other is not null && Seen.SetEquals(other.Seen) && Reachability.Equals(other.Reachability);

    public override int GetHashCode() => HashCode.Combine(Seen.Count, Reachability);
}
