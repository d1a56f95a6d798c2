using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>The only status changes a member may make (AKKA-SEMANTICS §3).</summary>
public static class MemberTransitions
{
    private static readonly FrozenDictionary<MemberStatus, ImmutableArray<MemberStatus>> Allowed =
        new Dictionary<MemberStatus, ImmutableArray<MemberStatus>>
        {
            [MemberStatus.Joining] = [MemberStatus.WeaklyUp, MemberStatus.Up, MemberStatus.Leaving, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.WeaklyUp] = [MemberStatus.Up, MemberStatus.Leaving, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.Up] = [MemberStatus.Leaving, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.Leaving] = [MemberStatus.Exiting, MemberStatus.Down, MemberStatus.Removed],
            [MemberStatus.Exiting] = [MemberStatus.Removed, MemberStatus.Down],
            [MemberStatus.Down] = [MemberStatus.Removed],
            [MemberStatus.Removed] = [],
        }.ToFrozenDictionary();

    /// <summary>The statuses a member in <paramref name="from"/> may move to.</summary>
    public static ImmutableArray<MemberStatus> From(MemberStatus from) => Allowed[from];

    public static bool IsAllowed(MemberStatus from, MemberStatus to) => Allowed[from].Contains(to);
}
