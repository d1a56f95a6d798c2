using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// The leader's duties as a pure function, run every leader-actions-interval. At convergence: Joining and
/// WeaklyUp members move to Up (once min-nr-of-members and every per-role minimum are met), Leaving to
/// Exiting, and Exiting and Down members are removed. Without convergence the only move is Joining to WeaklyUp,
/// after allow-weakly-up-members without convergence, for reachable joiners. A member that is not the leader
/// does nothing.
/// </summary>
public static class LeaderActions
{
    public static LeaderActionsResult Perform(MembershipState state, ClusterSettings settings, TimeSpan withoutConvergenceFor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        if (!state.IsLeader)
        {
            return Unchanged(state);
        }
        if (state.HasConvergence())
        {
            return OnConvergence(state, settings, now);
        }
        return settings.AllowWeaklyUpMembers is { } weaklyUpAfter && withoutConvergenceFor >= weaklyUpAfter
            ? MoveJoiningToWeaklyUp(state, settings)
            : Unchanged(state);
    }

    /// <summary>Whether the cluster has enough members, overall and per role, for joiners to become Up.</summary>
    public static bool HasEnoughMembers(Gossip gossip, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(gossip);
        ArgumentNullException.ThrowIfNull(settings);
        var counted = gossip.Members.Values.Where(static m => m.Status is not (MemberStatus.Down or MemberStatus.Exiting)).ToList();
        return counted.Count >= settings.MinNrOfMembers
            && settings.MinNrOfMembersOfRole.All(minimum => counted.Count(m => m.HasRole(minimum.Key)) >= minimum.Value);
    }

    private static LeaderActionsResult OnConvergence(MembershipState state, ClusterSettings settings, DateTimeOffset now)
    {
        var gossip = state.Gossip;
        var enough = HasEnoughMembers(gossip, settings);
        var nextUpNumber = 1 + gossip.Members.Values.Where(static m => m.UpNumber != Member.NotUpYet).Select(static m => m.UpNumber).DefaultIfEmpty(0).Max();
        var changes = ImmutableArray.CreateBuilder<MemberChange>();
        var changed = gossip;
        foreach (var member in gossip.Members.Values)
        {
            switch (member.Status)
            {
                case MemberStatus.Joining or MemberStatus.WeaklyUp when enough:
                    var up = member.MoveUp(nextUpNumber++);
                    changes.Add(new MemberChange(member, up));
                    changed = changed.WithMember(up);
                    break;
                case MemberStatus.Leaving:
                    var exiting = member.WithStatus(MemberStatus.Exiting);
                    changes.Add(new MemberChange(member, exiting));
                    changed = changed.WithMember(exiting);
                    break;
                case MemberStatus.Exiting or MemberStatus.Down:
                    changes.Add(new MemberChange(member, member.WithStatus(MemberStatus.Removed)));
                    changed = changed.Remove(member.UniqueAddress, now);
                    break;
            }
        }
        return Result(state, changed, changes.ToImmutable());
    }

    private static LeaderActionsResult MoveJoiningToWeaklyUp(MembershipState state, ClusterSettings settings)
    {
        if (!HasEnoughMembers(state.Gossip, settings))
        {
            return Unchanged(state);
        }
        var changes = state.Gossip.Members.Values
            .Where(m => m.Status == MemberStatus.Joining && state.IsReachable(m.UniqueAddress))
            .Select(static m => new MemberChange(m, m.WithStatus(MemberStatus.WeaklyUp)))
            .ToImmutableArray();
        return Result(state, state.Gossip.WithMembers(changes.Select(static c => c.After)), changes);
    }

    private static LeaderActionsResult Result(MembershipState state, Gossip changed, ImmutableArray<MemberChange> changes) =>
        changes.IsEmpty
            ? Unchanged(state)
            : new LeaderActionsResult(state with { Gossip = changed.Increment(state.Self).OnlySeen(state.Self) }, changes);

    private static LeaderActionsResult Unchanged(MembershipState state) => new(state, []);
}
