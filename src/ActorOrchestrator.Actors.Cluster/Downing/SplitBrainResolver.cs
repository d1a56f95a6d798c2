using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>
/// The split-brain resolver's decision as a pure function of the members, the unreachable set and this
/// member's side; run once the situation has been stable for stable-after (see <see cref="DowningStability"/>).
/// Sides are counted over Up and Leaving members (of the configured role, if any): Joining and WeaklyUp members
/// do not vote, but are downed with their side like everyone else. Each member applies the same rule to the same
/// gossip, so both sides of a partition reach matching decisions.
/// </summary>
public static class SplitBrainResolver
{
    /// <summary>
    /// The decision a stability verdict calls for: nothing while healthy or waiting, the strategy's decision
    /// once stable, and every member downed after too long an instability.
    /// </summary>
    public static DowningDecision Resolve(MembershipState state, StabilityVerdict verdict, SplitBrainResolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        return verdict switch
        {
            StabilityVerdict.Decide => Decide(state, settings),
            StabilityVerdict.DownAllUnstable => new Sides([.. state.Gossip.Members.Values], [], settings.Role).DownAll(
                $"reachability kept changing for longer than stable-after ({settings.StableAfter.TotalSeconds:0.###} s) plus down-all-when-unstable"),
            _ => new DowningDecision(DowningDecisionKind.Nothing, [], verdict == StabilityVerdict.Healthy ? "every member is reachable" : "waiting for stable-after"),
        };
    }

    /// <summary>Decides from a member's view of the gossip.</summary>
    public static DowningDecision Decide(MembershipState state, SplitBrainResolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Decide(state.Gossip.Members.Values, state.UnreachableMembers().Select(static m => m.UniqueAddress), state.Self, settings);
    }

    /// <param name="members">Every member of the cluster (Removed ones are not members).</param>
    /// <param name="unreachable">Members found unreachable; <paramref name="self"/> is never among them.</param>
    /// <param name="self">The deciding member: its side is everyone not unreachable.</param>
    /// <param name="settings">Strategy and its parameters.</param>
    public static DowningDecision Decide(IEnumerable<Member> members, IEnumerable<UniqueAddress> unreachable, UniqueAddress self, SplitBrainResolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unreachable);
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(settings);
        var all = members.Where(static m => m.Status != MemberStatus.Removed).ToList();
        var unreachableSet = unreachable.Where(node => node != self).ToHashSet();
        var sides = new Sides(all, unreachableSet, settings.Role);
        if (sides.Unreachable.Count == 0)
        {
            return new DowningDecision(DowningDecisionKind.Nothing, [], "every member is reachable");
        }
        return settings.ActiveStrategy switch
        {
            DowningStrategyKind.KeepMajority => KeepMajority(sides),
            DowningStrategyKind.StaticQuorum => StaticQuorum(sides, settings.StaticQuorumSize),
            DowningStrategyKind.KeepOldest => KeepOldest(sides, settings.KeepOldestDownIfAlone),
            DowningStrategyKind.DownAll => sides.DownAll("down-all downs every member when any is unreachable"),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.ActiveStrategy, "Unknown split-brain resolver strategy."),
        };
    }

    private static DowningDecision KeepMajority(Sides sides)
    {
        var (reachable, unreachable) = (sides.CountedReachable.Count, sides.CountedUnreachable.Count);
        if (reachable != unreachable)
        {
            return reachable > unreachable
                ? sides.DownUnreachable($"keep-majority: this side has {reachable} of {reachable + unreachable} voting members")
                : sides.DownReachable($"keep-majority: this side has only {reachable} of {reachable + unreachable} voting members");
        }
        var voters = sides.Counted.Count > 0 ? sides.Counted : sides.Reachable.Concat(sides.Unreachable);
        var lowest = voters.Select(static m => m.UniqueAddress).Min()!;
        var why = $"keep-majority: a tie of {reachable} against {unreachable}, which goes to the side with the lowest address {lowest}";
        return sides.IsReachable(lowest) ? sides.DownUnreachable(why) : sides.DownReachable(why);
    }

    private static DowningDecision StaticQuorum(Sides sides, int quorum)
    {
        var (reachable, unreachable) = (sides.CountedReachable.Count, sides.CountedUnreachable.Count);
        var total = reachable + unreachable;
        if (total > (2 * quorum) - 1)
        {
            return sides.DownAll($"static-quorum: {total} voting members exceed 2 x quorum-size - 1 = {(2 * quorum) - 1}, so both sides could hold a quorum");
        }
        return reachable >= quorum
            ? sides.DownUnreachable($"static-quorum: this side has {reachable} voting members, quorum-size is {quorum}")
            : sides.DownReachable($"static-quorum: this side has {reachable} voting members, fewer than quorum-size {quorum}");
    }

    private static DowningDecision KeepOldest(Sides sides, bool downIfAlone)
    {
        if (MemberAge.Oldest(sides.Counted) is not { } oldest)
        {
            return sides.DownUnreachable("keep-oldest: no Up member to compare ages; this side keeps running");
        }
        var oldestHere = sides.IsReachable(oldest.UniqueAddress);
        var oldestSide = oldestHere ? sides.CountedReachable : sides.CountedUnreachable;
        var otherSide = oldestHere ? sides.CountedUnreachable : sides.CountedReachable;
        if (downIfAlone && oldestSide.Count == 1 && otherSide.Count >= 1)
        {
            var why = $"keep-oldest: the oldest member {oldest.UniqueAddress} is alone on its side (down-if-alone)";
            return oldestHere ? sides.DownReachable(why) : sides.DownUnreachable(why);
        }
        return oldestHere
            ? sides.DownUnreachable($"keep-oldest: the oldest member {oldest.UniqueAddress} is on this side")
            : sides.DownReachable($"keep-oldest: the oldest member {oldest.UniqueAddress} is on the other side");
    }

    /// <summary>The two sides of a partition as this member sees them.</summary>
    private sealed class Sides
    {
        private readonly HashSet<UniqueAddress> _unreachable;

        public Sides(List<Member> all, HashSet<UniqueAddress> unreachable, string? role)
        {
            _unreachable = unreachable;
            Reachable = [.. all.Where(m => !unreachable.Contains(m.UniqueAddress))];
            Unreachable = [.. all.Where(m => unreachable.Contains(m.UniqueAddress))];
            Counted = [.. all.Where(m => m.Status is MemberStatus.Up or MemberStatus.Leaving && (role is null || m.HasRole(role)))];
            CountedReachable = [.. Counted.Where(m => !unreachable.Contains(m.UniqueAddress))];
            CountedUnreachable = [.. Counted.Where(m => unreachable.Contains(m.UniqueAddress))];
        }

        public List<Member> Reachable { get; }

        public List<Member> Unreachable { get; }

        /// <summary>The voting members: Up or Leaving, with the role when one is configured.</summary>
        public List<Member> Counted { get; }

        public List<Member> CountedReachable { get; }

        public List<Member> CountedUnreachable { get; }

        public bool IsReachable(UniqueAddress node) => !_unreachable.Contains(node);

        public DowningDecision DownUnreachable(string reason) => Decision(DowningDecisionKind.DownUnreachable, Unreachable, reason);

        public DowningDecision DownReachable(string reason) => Decision(DowningDecisionKind.DownReachable, Reachable, reason);

        public DowningDecision DownAll(string reason) => Decision(DowningDecisionKind.DownAll, Reachable.Concat(Unreachable), reason);

        /// <summary>Members already Down need nothing more, and Exiting ones are on their way out: the leader removes them.</summary>
        private static DowningDecision Decision(DowningDecisionKind kind, IEnumerable<Member> side, string reason) =>
            new(kind, side.Where(static m => m.Status is not (MemberStatus.Down or MemberStatus.Exiting)).Select(static m => m.UniqueAddress).ToImmutableSortedSet(), reason);
    }
}
