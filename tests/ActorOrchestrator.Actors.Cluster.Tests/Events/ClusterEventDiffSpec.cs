using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Events;

public sealed class ClusterEventDiffSpec
{
    private static readonly DateTimeOffset Noon = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static MembershipState State(UniqueAddress self, Gossip gossip) => new(gossip, self);

    [Fact]
    public void No_change_no_events()
    {
        var state = State(A, Gossip.Of([Up(A, 1), Up(B, 2)]));

        Assert.Empty(ClusterEventDiff.Diff(state, state));
    }

    [Theory]
    [InlineData(MemberStatus.Joining, typeof(MemberJoined))]
    [InlineData(MemberStatus.WeaklyUp, typeof(MemberWeaklyUp))]
    [InlineData(MemberStatus.Up, typeof(MemberUp))]
    [InlineData(MemberStatus.Leaving, typeof(MemberLeft))]
    [InlineData(MemberStatus.Exiting, typeof(MemberExited))]
    [InlineData(MemberStatus.Down, typeof(MemberDowned))]
    public void A_new_member_or_a_status_change_yields_the_event_of_the_status_it_has_now(MemberStatus status, Type eventType)
    {
        var before = State(A, Gossip.Of([Up(A, 1)]));
        var after = State(A, before.Gossip.WithMember(InStatus(B, status, 2)));

        var memberEvent = Assert.IsAssignableFrom<IMemberEvent>(Assert.Single(ClusterEventDiff.Diff(before, after)));

        Assert.IsType(eventType, memberEvent);
        Assert.Equal(InStatus(B, status, 2), memberEvent.Member);
    }

    [Fact]
    public void Skipped_intermediate_statuses_yield_only_the_current_one()
    {
        var before = State(A, Gossip.Of([Up(A, 1), Joining(B)]));
        var after = State(A, Gossip.Of([Up(A, 1), Up(B, 2)]));

        Assert.Equal([new MemberUp(Up(B, 2))], ClusterEventDiff.Diff(before, after).ToArray());
    }

    [Fact]
    public void A_removed_member_yields_member_removed_with_its_previous_status()
    {
        var before = State(A, Gossip.Of([Up(A, 1), InStatus(B, MemberStatus.Exiting, 2)]));
        var after = State(A, before.Gossip.Remove(B, Noon));

        var removed = Assert.IsType<MemberRemoved>(Assert.Single(ClusterEventDiff.Diff(before, after)));

        Assert.Equal((B, MemberStatus.Removed, MemberStatus.Exiting), (removed.Member.UniqueAddress, removed.Member.Status, removed.PreviousStatus));
    }

    [Fact]
    public void Unreachable_and_reachable_again_are_reported_but_never_about_the_member_itself()
    {
        var gossip = Gossip.Of([Up(A, 1), Up(B, 2), Up(C, 3)]);
        var healthy = State(A, gossip);
        var cut = State(A, gossip.WithReachability(Reachability.Empty.Unreachable(A, C).Unreachable(B, A)));
        var healed = State(A, gossip.WithReachability(cut.Gossip.Reachability.Reachable(A, C).Reachable(B, A)));

        Assert.Equal([new UnreachableMember(Up(C, 3))], ClusterEventDiff.Diff(healthy, cut).ToArray());
        Assert.Equal([new ReachableMember(Up(C, 3))], ClusterEventDiff.Diff(cut, healed).ToArray());
    }

    [Fact]
    public void Leader_and_role_leader_changes_are_reported_after_member_events()
    {
        var before = State(B, Gossip.Of([Up(A, 1, "control-plane"), Up(B, 2, "control-plane", "worker"), Up(C, 3, "worker")]));
        var after = State(B, before.Gossip.Remove(A, Noon).WithMember(Up(C, 3, "worker").WithStatus(MemberStatus.Leaving)));

        var events = ClusterEventDiff.Diff(before, after);

        Assert.Equal(
            [
                typeof(MemberRemoved), typeof(MemberLeft), typeof(LeaderChanged), typeof(RoleLeaderChanged),
            ],
            events.Select(e => e.GetType()));
        Assert.Equal(new LeaderChanged(B), events[2]);
        Assert.Equal(new RoleLeaderChanged("control-plane", B), events[3]);
    }

    [Fact]
    public void Events_come_in_the_documented_order()
    {
        var before = State(A, Gossip.Of([Up(A, 2), Up(B, 3), Up(C, 4), InStatus(D, MemberStatus.Down, 5), Up(E, 1)])
            .WithReachability(Reachability.Empty.Unreachable(A, D).Unreachable(A, B)));
        var after = State(A, before.Gossip
            .Remove(D, Noon)
            .WithMember(Up(A, 2).WithStatus(MemberStatus.Down))
            .WithMember(Up(C, 4).WithStatus(MemberStatus.Leaving))
            .WithMember(Joining(At("f")))
            .WithMember(Up(E, 1).WithStatus(MemberStatus.Down))
            .WithReachability(Reachability.Empty.Unreachable(B, C)));

        var events = ClusterEventDiff.Diff(before, after);

        Assert.Equal(
            [
                "MemberRemoved d", "MemberDowned a", "MemberLeft c", "MemberDowned e", "MemberJoined f",
                "UnreachableMember c", "ReachableMember b", "LeaderChanged b",
            ],
            events.Select(Describe));
    }

    [Fact]
    public void The_current_cluster_state_snapshot_holds_members_unreachable_seen_and_leaders()
    {
        var gossip = SeenByAll(A, Up(A, 1, "worker"), Up(B, 2), Joining(C))
            .WithReachability(Reachability.Empty.Unreachable(B, C));

        var snapshot = CurrentClusterState.From(State(A, gossip));

        Assert.Equal([A, B, C], snapshot.Members.Select(m => m.UniqueAddress));
        Assert.Equal([C], snapshot.Unreachable.Select(m => m.UniqueAddress));
        Assert.Equal([A, B, C], snapshot.SeenBy);
        Assert.Equal(A, snapshot.Leader);
        Assert.Equal(A, snapshot.RoleLeaders["worker"]);
    }

    private static string Describe(IClusterDomainEvent e) => e switch
    {
        IMemberEvent m => $"{e.GetType().Name} {m.Member.UniqueAddress.Host}",
        IReachabilityEvent r => $"{e.GetType().Name} {r.Member.UniqueAddress.Host}",
        LeaderChanged l => $"LeaderChanged {l.Leader?.Host}",
        RoleLeaderChanged r => $"RoleLeaderChanged {r.Role} {r.Leader?.Host}",
        _ => e.ToString()!,
    };
}
