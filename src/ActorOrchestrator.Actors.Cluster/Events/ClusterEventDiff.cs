using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Events;

/// <summary>
/// The events that take a subscriber from one membership state to the next, in this order: removed members;
/// members that appeared or changed status (one event for the status they have now, so a member that went from
/// Joining straight to Up yields only MemberUp); members that became unreachable; members reachable again;
/// the leader; the role leaders by role name. Within each group, members come in address order.
/// </summary>
public static class ClusterEventDiff
{
    public static ImmutableArray<IClusterDomainEvent> Diff(MembershipState before, MembershipState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var events = ImmutableArray.CreateBuilder<IClusterDomainEvent>();
        var oldMembers = before.Gossip.Members;
        var newMembers = after.Gossip.Members;

        foreach (var (_, gone) in oldMembers.Where(m => !newMembers.ContainsKey(m.Key)))
        {
            events.Add(new MemberRemoved(gone.WithStatus(MemberStatus.Removed), gone.Status));
        }
        foreach (var (node, member) in newMembers)
        {
            if (!oldMembers.TryGetValue(node, out var previous) || previous.Status != member.Status)
            {
                events.Add(StatusEvent(member));
            }
        }

        var wasUnreachable = before.UnreachableMembers().Select(static m => m.UniqueAddress).ToHashSet();
        var isUnreachable = after.UnreachableMembers();
        events.AddRange(isUnreachable.Where(m => !wasUnreachable.Contains(m.UniqueAddress)).Select(static m => new UnreachableMember(m)));
        var stillUnreachable = isUnreachable.Select(static m => m.UniqueAddress).ToHashSet();
        events.AddRange(wasUnreachable
            .Where(node => !stillUnreachable.Contains(node) && newMembers.ContainsKey(node))
            .Order()
            .Select(node => new ReachableMember(newMembers[node])));

        var leader = after.Leader();
        if (leader != before.Leader())
        {
            events.Add(new LeaderChanged(leader));
        }
        foreach (var role in before.AllRoles.Union(after.AllRoles))
        {
            var roleLeader = after.RoleLeader(role);
            if (roleLeader != before.RoleLeader(role))
            {
                events.Add(new RoleLeaderChanged(role, roleLeader));
            }
        }
        return events.ToImmutable();
    }

    private static IMemberEvent StatusEvent(Member member) => member.Status switch
    {
        MemberStatus.Joining => new MemberJoined(member),
        MemberStatus.WeaklyUp => new MemberWeaklyUp(member),
        MemberStatus.Up => new MemberUp(member),
        MemberStatus.Leaving => new MemberLeft(member),
        MemberStatus.Exiting => new MemberExited(member),
        MemberStatus.Down => new MemberDowned(member),
        _ => throw new ArgumentOutOfRangeException(nameof(member), member.Status, "A member in the gossip cannot be Removed."),
    };
}
