using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Downing;

public sealed class DowningStabilitySpec
{
    private static readonly SplitBrainResolverSettings Settings = SplitBrainResolverSettings.Default;
    private static readonly Member[] Three = [Up(A, 1), Up(B, 2), Up(C, 3)];
    private static readonly TimeSpan T0 = TimeSpan.FromMinutes(3);

    private static TimeSpan At(double seconds) => T0 + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_healthy_cluster_has_nothing_to_decide()
    {
        var window = DowningStability.Start(Three, [], T0);

        Assert.Equal(StabilityVerdict.Healthy, window.Observe(Three, [], At(60), Settings).Evaluate(At(60), Settings));
    }

    [Fact]
    public void The_strategy_may_decide_once_the_unreachable_set_has_been_unchanged_for_stable_after()
    {
        var window = DowningStability.Start(Three, [], T0).Observe(Three, [C], At(1), Settings);

        Assert.Equal(StabilityVerdict.Waiting, window.Observe(Three, [C], At(4.9), Settings).Evaluate(At(4.9), Settings));
        Assert.Equal(StabilityVerdict.Decide, window.Observe(Three, [C], At(5), Settings).Evaluate(At(5), Settings));
    }

    [Fact]
    public void Any_change_of_reachability_or_membership_restarts_the_window()
    {
        var window = DowningStability.Start(Three, [C], T0);

        var moreUnreachable = window.Observe(Three, [B, C], At(3), Settings);
        var statusChanged = window.Observe([Up(A, 1), Up(B, 2), Up(C, 3).WithStatus(MemberStatus.Leaving)], [C], At(2), Settings);

        Assert.Equal(StabilityVerdict.Waiting, moreUnreachable.Evaluate(At(6.9), Settings));
        Assert.Equal(StabilityVerdict.Decide, moreUnreachable.Evaluate(At(7), Settings));
        Assert.Equal(StabilityVerdict.Waiting, statusChanged.Evaluate(At(5.9), Settings));
        Assert.Equal(StabilityVerdict.Decide, statusChanged.Evaluate(At(6), Settings));
    }

    [Fact]
    public void Reachability_that_never_settles_downs_everyone_after_stable_after_plus_down_all_when_unstable()
    {
        var window = DowningStability.Start(Three, [], T0);
        var verdicts = new List<(double Second, StabilityVerdict Verdict)>();
        for (var second = 1; second <= 12; second++)
        {
            UniqueAddress[] unreachable = (second % 3) switch { 0 => [B, C], 1 => [C], _ => [B] };
            window = window.Observe(Three, unreachable, At(second), Settings);
            verdicts.Add((second, window.Evaluate(At(second), Settings)));
        }

        Assert.DoesNotContain(verdicts, v => v.Verdict == StabilityVerdict.Decide);
        Assert.Equal(At(1), window.UnstableSince);
        var first = verdicts.First(v => v.Verdict == StabilityVerdict.DownAllUnstable);
        Assert.Equal(1 + 4 + 4, first.Second);
    }

    [Fact]
    public void Down_all_when_unstable_can_be_switched_off()
    {
        var off = Settings with { DownAllWhenUnstableEnabled = false };
        var window = DowningStability.Start(Three, [], T0);
        for (var second = 1; second <= 60; second++)
        {
            window = window.Observe(Three, second % 2 == 0 ? [B] : [C], At(second), off);
            Assert.Equal(StabilityVerdict.Waiting, window.Evaluate(At(second), off));
        }
    }

    [Fact]
    public void Instability_ends_once_the_situation_has_been_stable_for_stable_after()
    {
        var window = DowningStability.Start(Three, [], T0).Observe(Three, [C], At(1), Settings).Observe(Three, [B], At(2), Settings);

        var settled = window.Observe(Three, [B], At(6), Settings);

        Assert.Equal(At(1), window.UnstableSince);
        Assert.Null(settled.UnstableSince);
        Assert.Equal(At(7), settled.Observe(Three, [C], At(7), Settings).UnstableSince);
    }

    [Theory]
    [InlineData(4, null, true, 4.0)]
    [InlineData(20, null, true, 15.0)]
    [InlineData(20, 7.0, true, 7.0)]
    [InlineData(20, null, false, null)]
    public void Down_all_when_unstable_on_means_three_quarters_of_stable_after_but_at_least_4_seconds(
        double stableAfter, double? explicitSeconds, bool enabled, double? effective)
    {
        var settings = Settings with
        {
            StableAfter = TimeSpan.FromSeconds(stableAfter),
            DownAllWhenUnstableAfter = explicitSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            DownAllWhenUnstableEnabled = enabled,
        };

        Assert.Equal(effective is { } e ? TimeSpan.FromSeconds(e) : null, settings.EffectiveDownAllWhenUnstable);
    }
}
