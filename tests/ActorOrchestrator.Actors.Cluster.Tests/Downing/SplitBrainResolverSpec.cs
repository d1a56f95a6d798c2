using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Downing;

public sealed class SplitBrainResolverSpec
{
    private static readonly SplitBrainResolverSettings KeepMajority = SplitBrainResolverSettings.Default;
    private static readonly SplitBrainResolverSettings KeepOldest = KeepMajority with { ActiveStrategy = DowningStrategyKind.KeepOldest };
    private static readonly SplitBrainResolverSettings DownAll = KeepMajority with { ActiveStrategy = DowningStrategyKind.DownAll };

    private static SplitBrainResolverSettings StaticQuorum(int size) => KeepMajority with { ActiveStrategy = DowningStrategyKind.StaticQuorum, StaticQuorumSize = size };

    /// <summary>Five Up members, A oldest (up-number 1) to E youngest.</summary>
    private static readonly Member[] Five = [Up(A, 1), Up(B, 2), Up(C, 3), Up(D, 4), Up(E, 5)];

    private static DowningDecision Decide(SplitBrainResolverSettings settings, UniqueAddress self, IEnumerable<Member> members, params UniqueAddress[] unreachable) =>
        SplitBrainResolver.Decide(members, unreachable, self, settings);

    private static void AssertDecision(DowningDecision decision, DowningDecisionKind kind, params UniqueAddress[] downed)
    {
        Assert.Equal(kind, decision.Kind);
        Assert.Equal(downed.Order(), decision.ToDown.AsEnumerable());
    }

    [Fact]
    public void Nothing_is_decided_while_every_member_is_reachable()
    {
        AssertDecision(Decide(KeepMajority, A, Five), DowningDecisionKind.Nothing);
        AssertDecision(Decide(KeepMajority, A, Five, A), DowningDecisionKind.Nothing);
    }

    [Fact]
    public void Keep_majority_the_larger_side_downs_the_smaller()
    {
        AssertDecision(Decide(KeepMajority, A, Five, D, E), DowningDecisionKind.DownUnreachable, D, E);
        var minority = Decide(KeepMajority, D, Five, A, B, C);
        AssertDecision(minority, DowningDecisionKind.DownReachable, D, E);
        Assert.True(minority.Downs(D));
        Assert.Contains("2 of 5", minority.Reason);
    }

    [Fact]
    public void Keep_majority_a_tie_goes_to_the_side_with_the_lowest_address()
    {
        var four = Five[..4];

        AssertDecision(Decide(KeepMajority, A, four, C, D), DowningDecisionKind.DownUnreachable, C, D);
        AssertDecision(Decide(KeepMajority, C, four, A, B), DowningDecisionKind.DownReachable, C, D);
        var lowestAway = Decide(KeepMajority, B, four, A, D);
        AssertDecision(lowestAway, DowningDecisionKind.DownReachable, B, C);
        Assert.Contains($"lowest address {A}", lowestAway.Reason);
    }

    [Fact]
    public void Keep_majority_joining_members_do_not_vote_but_go_down_with_their_side()
    {
        Member[] members = [Up(A, 1), Up(B, 2), Up(C, 3), Joining(D), Joining(E).WithStatus(MemberStatus.WeaklyUp)];

        AssertDecision(Decide(KeepMajority, A, members, B, C), DowningDecisionKind.DownReachable, A, D, E);
        AssertDecision(Decide(KeepMajority, B, members, A, D, E), DowningDecisionKind.DownUnreachable, A, D, E);
    }

    [Fact]
    public void With_a_role_only_members_with_it_vote_but_everyone_on_the_losing_side_is_downed()
    {
        Member[] members = [Up(A, 1, "control-plane"), Up(B, 2, "control-plane"), Up(C, 3, "worker"), Up(D, 4, "worker"), Up(E, 5, "worker")];

        AssertDecision(Decide(KeepMajority with { Role = "control-plane" }, A, members, C, D, E), DowningDecisionKind.DownUnreachable, C, D, E);
        AssertDecision(Decide(KeepMajority, A, members, C, D, E), DowningDecisionKind.DownReachable, A, B);
    }

    [Fact]
    public void Members_already_down_or_exiting_are_not_downed()
    {
        Member[] members = [Up(A, 1), Up(B, 2), Up(C, 3), InStatus(D, MemberStatus.Down, 4), InStatus(E, MemberStatus.Exiting, 5)];

        AssertDecision(Decide(KeepMajority, A, members, C, D, E), DowningDecisionKind.DownUnreachable, C);
    }

    [Theory]
    [InlineData(3, 3, DowningDecisionKind.DownUnreachable)]
    [InlineData(3, 2, DowningDecisionKind.DownReachable)]
    [InlineData(4, 4, DowningDecisionKind.DownUnreachable)]
    [InlineData(4, 3, DowningDecisionKind.DownReachable)]
    [InlineData(3, 1, DowningDecisionKind.DownReachable)]
    [InlineData(2, 2, DowningDecisionKind.DownAll)]
    [InlineData(1, 1, DowningDecisionKind.DownAll)]
    public void Static_quorum_a_side_needs_the_quorum_and_a_cluster_above_twice_the_quorum_minus_one_goes_down_entirely(
        int quorum, int reachableSide, DowningDecisionKind expected)
    {
        var self = Five[0].UniqueAddress;
        var unreachable = Five.Skip(reachableSide).Select(m => m.UniqueAddress).ToArray();

        var decision = Decide(StaticQuorum(quorum), self, Five, unreachable);

        Assert.Equal(expected, decision.Kind);
        var downed = expected switch
        {
            DowningDecisionKind.DownUnreachable => unreachable,
            DowningDecisionKind.DownReachable => Five.Take(reachableSide).Select(m => m.UniqueAddress).ToArray(),
            _ => Five.Select(m => m.UniqueAddress).ToArray(),
        };
        Assert.Equal(downed.Order(), decision.ToDown.AsEnumerable());
    }

    [Fact]
    public void Static_quorum_says_why_it_downs_a_cluster_that_is_too_large()
    {
        var decision = Decide(StaticQuorum(2), A, Five, E);

        Assert.Contains("5 voting members exceed 2 x quorum-size - 1 = 3", decision.Reason);
    }

    [Fact]
    public void Keep_oldest_the_side_with_the_oldest_member_survives_whatever_its_size()
    {
        AssertDecision(Decide(KeepOldest, A, Five, C, D, E), DowningDecisionKind.DownUnreachable, C, D, E);
        AssertDecision(Decide(KeepOldest, C, Five, A, B), DowningDecisionKind.DownReachable, C, D, E);
    }

    [Fact]
    public void Keep_oldest_an_oldest_left_alone_downs_itself_when_down_if_alone_is_on()
    {
        AssertDecision(Decide(KeepOldest, A, Five, B, C, D, E), DowningDecisionKind.DownReachable, A);
        AssertDecision(Decide(KeepOldest, B, Five, A), DowningDecisionKind.DownUnreachable, A);
        var stubborn = KeepOldest with { KeepOldestDownIfAlone = false };
        AssertDecision(Decide(stubborn, A, Five, B, C, D, E), DowningDecisionKind.DownUnreachable, B, C, D, E);
        AssertDecision(Decide(stubborn, B, Five, A), DowningDecisionKind.DownReachable, B, C, D, E);
    }

    [Fact]
    public void Keep_oldest_judges_age_within_the_role()
    {
        Member[] members = [Up(A, 1, "worker"), Up(B, 2, "control-plane"), Up(C, 3, "control-plane"), Up(D, 4, "worker")];

        var byRole = KeepOldest with { Role = "control-plane", KeepOldestDownIfAlone = false };

        AssertDecision(Decide(byRole, C, members, A, B), DowningDecisionKind.DownReachable, C, D);
        AssertDecision(Decide(byRole, B, members, C, D), DowningDecisionKind.DownUnreachable, C, D);
        AssertDecision(Decide(byRole with { KeepOldestDownIfAlone = true }, C, members, A, B), DowningDecisionKind.DownUnreachable, A, B);
    }

    [Fact]
    public void Down_all_downs_every_member_when_any_is_unreachable()
    {
        AssertDecision(Decide(DownAll, A, Five, E), DowningDecisionKind.DownAll, A, B, C, D, E);
    }

    public static TheoryData<string, int> StrategiesAndSplits()
    {
        var data = new TheoryData<string, int>();
        foreach (var strategy in new[] { "keep-majority", "keep-oldest", "static-quorum" })
        {
            for (var mask = 1; mask < 31; mask++)
            {
                data.Add(strategy, mask);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StrategiesAndSplits))]
    public void Both_sides_of_any_partition_of_five_agree_and_never_both_survive(string strategy, int mask)
    {
        var settings = strategy == "static-quorum" ? StaticQuorum(3) : KeepMajority with { ActiveStrategy = SplitBrainResolverSettings.ParseStrategy(strategy) };
        var sideOne = Five.Where((_, i) => (mask & (1 << i)) != 0).Select(m => m.UniqueAddress).ToArray();
        var sideTwo = Five.Select(m => m.UniqueAddress).Except(sideOne).ToArray();

        var fromOne = Decide(settings, sideOne[0], Five, sideTwo);
        var fromTwo = Decide(settings, sideTwo[0], Five, sideOne);

        Assert.Equal(fromOne.ToDown, fromTwo.ToDown);
        Assert.True(fromOne.ToDown.IsSupersetOf(sideOne) || fromOne.ToDown.IsSupersetOf(sideTwo), $"{strategy} leaves both sides running");
    }

    [Fact]
    public void Resolve_applies_the_strategy_once_stable_and_downs_everyone_after_too_long_an_instability()
    {
        var gossip = Gossip.Of(Five).WithReachability(Reachability.Empty.Unreachable(A, D).Unreachable(A, E));
        var state = new MembershipState(gossip, A);

        AssertDecision(SplitBrainResolver.Resolve(state, StabilityVerdict.Waiting, KeepMajority), DowningDecisionKind.Nothing);
        AssertDecision(SplitBrainResolver.Resolve(state, StabilityVerdict.Decide, KeepMajority), DowningDecisionKind.DownUnreachable, D, E);
        var unstable = SplitBrainResolver.Resolve(state, StabilityVerdict.DownAllUnstable, KeepMajority);
        AssertDecision(unstable, DowningDecisionKind.DownAll, A, B, C, D, E);
        Assert.Contains("kept changing", unstable.Reason);
    }

    [Fact]
    public void An_unknown_strategy_name_is_rejected_naming_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => SplitBrainResolverSettings.ParseStrategy("keep-referee"));

        Assert.Contains("ao.cluster.split-brain-resolver.active-strategy", error.Message);
        Assert.Contains("'keep-referee'", error.Message);
    }
}
