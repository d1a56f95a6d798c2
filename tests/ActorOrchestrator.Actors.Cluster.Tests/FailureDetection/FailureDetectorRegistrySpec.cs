using ActorOrchestrator.Actors.Cluster.FailureDetection;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.FailureDetection;

public sealed class FailureDetectorRegistrySpec
{
    private static readonly TimeSpan T0 = TimeSpan.FromMinutes(1);
    private static readonly FailureDetectorRegistry Empty = new(FailureDetectorSettings.Default);

    private static TimeSpan At(double seconds) => T0 + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_member_that_never_answers_is_judged_from_expected_response_after_on()
    {
        var registry = Empty.ExpectResponses(B, T0);

        // Judged as if a first heartbeat had come at 1 s: mean 1 s, deviation 250 ms, plus the 2 s pause, so
        // phi reaches 8 at 3 s + 5.226 x 250 ms = 4.31 s after that.
        Assert.Equal(0.0, registry.Phi(B, At(0.99)));
        Assert.True(registry.Phi(B, At(1.01)) > 0);
        Assert.True(registry.IsAvailable(B, At(1 + 4.30)));
        Assert.False(registry.IsAvailable(B, At(1 + 4.31)));
        Assert.Empty(registry.Unavailable(At(5)));
        Assert.Equal([B], registry.Unavailable(At(6)));
    }

    [Fact]
    public void Each_member_has_its_own_detector()
    {
        var registry = Empty.Heartbeat(B, T0).Heartbeat(C, T0);
        for (var second = 1; second <= 10; second++)
        {
            registry = registry.Heartbeat(B, At(second));
        }

        Assert.True(registry.IsAvailable(B, At(13)));
        Assert.False(registry.IsAvailable(C, At(13)));
        Assert.Equal([C], registry.Unavailable(At(13)));
        Assert.True(registry.Phi(C, At(13)) > registry.Phi(B, At(13)));
    }

    [Fact]
    public void Members_not_watched_count_as_available_and_removal_stops_watching()
    {
        var registry = Empty.Heartbeat(B, T0).ExpectResponses(C, T0);

        Assert.True(registry.IsAvailable(D, At(100)));
        var removed = registry.Remove(B).Remove(C);
        Assert.Empty(removed.Monitored);
        Assert.Empty(removed.Unavailable(At(100)));
        Assert.Same(registry, registry.ExpectResponses(B, At(1)));
    }
}
