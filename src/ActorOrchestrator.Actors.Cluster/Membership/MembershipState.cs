using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// The gossip as one member sees it: convergence, the leader and role leaders, and (in the partial files) the
/// local changes a member makes. Immutable and free of side effects, so every rule is a plain function.
/// </summary>
public sealed partial record MembershipState(Gossip Gossip, UniqueAddress Self)
{
    /// <summary>A member that is in no cluster yet.</summary>
    public static MembershipState Uninitialized(UniqueAddress self) => new(Gossip.Empty, self);

    public Member? SelfMember => Gossip.MemberOf(Self);

    /// <summary>The reachability table without observations made by Down members: they no longer count.</summary>
    public Reachability ReachabilityExcludingDownedObservers =>
        Gossip.Reachability.RemoveObservers(Gossip.Members.Values.Where(static m => m.Status == MemberStatus.Down).Select(static m => m.UniqueAddress));

    /// <summary>
    /// Whether the current version is settled: no member other than this one is unreachable unless it is Down
    /// or Exiting, and every Up or Leaving member has seen the current version.
    /// </summary>
    public bool HasConvergence()
    {
        var reachability = ReachabilityExcludingDownedObservers;
        foreach (var node in reachability.AllUnreachableOrTerminated)
        {
            if (node != Self && Gossip.MemberOf(node) is { Status: not (MemberStatus.Down or MemberStatus.Exiting) })
            {
                return false;
            }
        }
        return Gossip.Members.Values.All(m => m.Status is not (MemberStatus.Up or MemberStatus.Leaving) || Gossip.SeenBy(m.UniqueAddress));
    }

    /// <summary>Whether <paramref name="node"/> is reachable as far as this member knows (itself always is).</summary>
    public bool IsReachable(UniqueAddress node) => node == Self || ReachabilityExcludingDownedObservers.IsReachable(node);

    /// <summary>
    /// The leader: the first reachable Up or Leaving member in address order. While there is none (a cluster
    /// being formed) the first reachable WeaklyUp, then Joining, then Exiting member leads; Down never does.
    /// </summary>
    public UniqueAddress? Leader() => LeaderAmong(Gossip.Members.Values);

    /// <summary>The leader among the members with <paramref name="role"/>, by the same rule.</summary>
    public UniqueAddress? RoleLeader(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return LeaderAmong(Gossip.Members.Values.Where(m => m.HasRole(role)));
    }

    public bool IsLeader => Leader() == Self;

    /// <summary>Every role some member has.</summary>
    public ImmutableSortedSet<string> AllRoles => Gossip.Members.Values.SelectMany(static m => m.Roles).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>The leader of every role, for roles that have one.</summary>
    public ImmutableSortedDictionary<string, UniqueAddress> RoleLeaders()
    {
        var leaders = ImmutableSortedDictionary.CreateBuilder<string, UniqueAddress>(StringComparer.Ordinal);
        foreach (var role in AllRoles)
        {
            if (RoleLeader(role) is { } leader)
            {
                leaders[role] = leader;
            }
        }
        return leaders.ToImmutable();
    }

    /// <summary>Members some observer finds unreachable or terminated, this member excluded, in address order.</summary>
    public ImmutableArray<Member> UnreachableMembers() =>
        [.. ReachabilityExcludingDownedObservers.AllUnreachableOrTerminated
            .Where(node => node != Self)
            .Select(Gossip.MemberOf)
            .OfType<Member>()];

    private UniqueAddress? LeaderAmong(IEnumerable<Member> members) =>
        members
            .Where(m => m.Status is not (MemberStatus.Down or MemberStatus.Removed) && IsReachable(m.UniqueAddress))
            .OrderBy(static m => LeaderPreference(m.Status))
            .ThenBy(static m => m.UniqueAddress)
            .FirstOrDefault()?.UniqueAddress;

    private static int LeaderPreference(MemberStatus status) => status switch
    {
        MemberStatus.Up or MemberStatus.Leaving => 0,
        MemberStatus.WeaklyUp => 1,
        MemberStatus.Joining => 2,
        _ => 3,
    };

    /// <summary>This member's new gossip after a local change: version bumped by this member, seen only by it.</summary>
    private MembershipState Publish(Gossip changed) => this with { Gossip = changed.Increment(Self).OnlySeen(Self) };
}
