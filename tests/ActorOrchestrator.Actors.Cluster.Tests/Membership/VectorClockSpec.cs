using ActorOrchestrator.Actors.Cluster.Membership;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class VectorClockSpec
{
    private static VectorClock Clock(params (UniqueAddress Node, long Version)[] versions) =>
        VectorClock.Of(versions.Select(v => KeyValuePair.Create(v.Node, v.Version)));

    public static TheoryData<VectorClock, VectorClock, VectorClockOrdering> Comparisons() => new()
    {
        { VectorClock.Empty, VectorClock.Empty, VectorClockOrdering.Same },
        { Clock((A, 1)), Clock((A, 1)), VectorClockOrdering.Same },
        { VectorClock.Empty, Clock((A, 1)), VectorClockOrdering.Before },
        { Clock((A, 1)), Clock((A, 2)), VectorClockOrdering.Before },
        { Clock((A, 1)), Clock((A, 1), (B, 1)), VectorClockOrdering.Before },
        { Clock((A, 2), (B, 1)), Clock((A, 1), (B, 1)), VectorClockOrdering.After },
        { Clock((A, 1), (B, 5)), Clock((B, 5)), VectorClockOrdering.After },
        { Clock((A, 2)), Clock((B, 1)), VectorClockOrdering.Concurrent },
        { Clock((A, 2), (B, 1)), Clock((A, 1), (B, 2)), VectorClockOrdering.Concurrent },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Compare_tells_happened_before_after_same_or_concurrent(VectorClock left, VectorClock right, VectorClockOrdering expected)
    {
        Assert.Equal(expected, left.Compare(right));
        var mirrored = expected switch
        {
            VectorClockOrdering.Before => VectorClockOrdering.After,
            VectorClockOrdering.After => VectorClockOrdering.Before,
            _ => expected,
        };
        Assert.Equal(mirrored, right.Compare(left));
    }

    [Fact]
    public void Increment_bumps_only_that_members_version_and_makes_the_clock_newer()
    {
        var clock = Clock((A, 1), (B, 3));

        var next = clock.Increment(B).Increment(C);

        Assert.Equal(Clock((A, 1), (B, 4), (C, 1)), next);
        Assert.Equal(VectorClockOrdering.After, next.Compare(clock));
        Assert.Equal(0, next.VersionOf(D));
    }

    [Fact]
    public void Merge_takes_the_highest_version_per_member_and_is_after_both()
    {
        var left = Clock((A, 3), (B, 1));
        var right = Clock((B, 2), (C, 7));

        var merged = left.Merge(right);

        Assert.Equal(Clock((A, 3), (B, 2), (C, 7)), merged);
        Assert.Equal(merged, right.Merge(left));
        Assert.Equal(VectorClockOrdering.After, merged.Compare(left));
        Assert.Equal(VectorClockOrdering.After, merged.Compare(right));
    }

    [Fact]
    public void Prune_forgets_a_removed_member()
    {
        Assert.Equal(Clock((A, 3)), Clock((A, 3), (B, 1)).Prune(B));
        Assert.Equal(Clock((A, 3)), Clock((A, 3)).Prune(B));
    }

    [Fact]
    public void A_version_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Clock((A, 0)));
    }
}
