using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Events;

/// <summary>Everything published to cluster event subscribers.</summary>
public interface IClusterDomainEvent;

/// <summary>A member changed status (or appeared, or was removed).</summary>
public interface IMemberEvent : IClusterDomainEvent
{
    Member Member { get; }
}

/// <summary>A member became unreachable or reachable again.</summary>
public interface IReachabilityEvent : IClusterDomainEvent
{
    Member Member { get; }
}

/// <summary>A member asked to join (status Joining).</summary>
public sealed record MemberJoined(Member Member) : IMemberEvent;

/// <summary>A member was moved to WeaklyUp while convergence was missing.</summary>
public sealed record MemberWeaklyUp(Member Member) : IMemberEvent;

/// <summary>A member became Up.</summary>
public sealed record MemberUp(Member Member) : IMemberEvent;

/// <summary>A member started leaving (status Leaving).</summary>
public sealed record MemberLeft(Member Member) : IMemberEvent;

/// <summary>A member is Exiting.</summary>
public sealed record MemberExited(Member Member) : IMemberEvent;

/// <summary>A member was declared Down.</summary>
public sealed record MemberDowned(Member Member) : IMemberEvent;

/// <summary>A member was removed; <paramref name="Member"/> has status Removed, <paramref name="PreviousStatus"/> what it had before.</summary>
public sealed record MemberRemoved(Member Member, MemberStatus PreviousStatus) : IMemberEvent;

/// <summary>Some member's failure detector gave up on <paramref name="Member"/>.</summary>
public sealed record UnreachableMember(Member Member) : IReachabilityEvent;

/// <summary>Every observer hears from <paramref name="Member"/> again.</summary>
public sealed record ReachableMember(Member Member) : IReachabilityEvent;

/// <summary>The leader changed; null when there is none.</summary>
public sealed record LeaderChanged(UniqueAddress? Leader) : IClusterDomainEvent;

/// <summary>The leader of <paramref name="Role"/> changed; null when the role has none.</summary>
public sealed record RoleLeaderChanged(string Role, UniqueAddress? Leader) : IClusterDomainEvent;

/// <summary>The whole picture, sent to a new subscriber before the events that follow it.</summary>
public sealed record CurrentClusterState(
    ImmutableArray<Member> Members,
    ImmutableArray<Member> Unreachable,
    ImmutableSortedSet<UniqueAddress> SeenBy,
    UniqueAddress? Leader,
    ImmutableSortedDictionary<string, UniqueAddress> RoleLeaders) : IClusterDomainEvent
{
    public static CurrentClusterState From(MembershipState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new CurrentClusterState(
            [.. state.Gossip.Members.Values],
            state.UnreachableMembers(),
            state.Gossip.Overview.Seen,
            state.Leader(),
            state.RoleLeaders());
    }
}
