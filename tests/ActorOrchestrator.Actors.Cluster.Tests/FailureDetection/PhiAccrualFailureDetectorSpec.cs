using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Tests.Support;

namespace ActorOrchestrator.Actors.Cluster.Tests.FailureDetection;

public sealed class PhiAccrualFailureDetectorSpec
{
    private const double Precision = 1e-6;
    private static readonly FailureDetectorSettings Defaults = FailureDetectorSettings.Default;

    /// <summary>
    /// phi = log10(1 + e^z), z = y(1.5976 + 0.070566 y²), y = (elapsed - mean) / deviation, worked out by hand:
    /// y = 0 gives log10 2; y = 2 gives z = 3.760128 and log10(1 + 42.9493) = 1.642828; y = -2 gives
    /// log10(1 + 0.0232810) = 0.009995; y = 5 gives z = 16.8015 and about 7.2969.
    /// </summary>
    [Theory]
    [InlineData(1000, 1000, 100, 0.301030)]
    [InlineData(1200, 1000, 100, 1.642828)]
    [InlineData(800, 1000, 100, 0.009995)]
    [InlineData(3500, 3000, 100, 7.299947)]
    [InlineData(4000, 3000, 200, 7.299947)]
    public void Phi_matches_hand_computed_values(double elapsedMs, double meanMs, double deviationMs, double expected)
    {
        Assert.Equal(expected, PhiAccrualFailureDetector.Calculate(elapsedMs, meanMs, deviationMs), 4);
    }

    [Fact]
    public void Phi_stays_finite_and_ordered_far_into_the_tails()
    {
        Assert.True(PhiAccrualFailureDetector.Calculate(100_000, 1000, 100) is > 1e6 and < double.PositiveInfinity);
        Assert.True(PhiAccrualFailureDetector.Calculate(-100_000, 1000, 100) is >= 0 and < 1e-10);
    }

    [Fact]
    public void Before_the_first_heartbeat_phi_is_zero_and_the_member_counts_as_available()
    {
        var detector = new PhiAccrualFailureDetector(Defaults);

        Assert.False(detector.IsMonitoring);
        Assert.Equal(0.0, detector.Phi(TimeSpan.FromHours(5)));
        Assert.True(detector.IsAvailable(TimeSpan.FromHours(5)));
    }

    [Fact]
    public void The_first_heartbeat_seeds_the_estimate_with_a_quarter_of_it_as_deviation()
    {
        var clock = new ManualTimeProvider();
        var detector = new PhiAccrualFailureDetector(Defaults).Heartbeat(Now(clock));

        Assert.Equal(TimeSpan.FromSeconds(1), detector.MeanInterval);
        Assert.Equal(TimeSpan.FromMilliseconds(250), detector.IntervalStdDeviation);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(Math.Log10(2), detector.Phi(Now(clock)), Precision);
        clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal(1.642828, detector.Phi(Now(clock)), 4);
    }

    [Fact]
    public void Phi_grows_with_silence()
    {
        var clock = new ManualTimeProvider();
        var detector = Regular(new PhiAccrualFailureDetector(Defaults), clock, count: 10, TimeSpan.FromSeconds(1));

        var previous = 0.0;
        for (var step = 0; step <= 20; step++)
        {
            var phi = detector.Phi(Now(clock));
            var silence = step * 250;
            Assert.True(silence < 2000 ? phi >= previous : phi > previous, $"phi {phi} after {silence} ms of silence should exceed {previous}");
            previous = phi;
            clock.Advance(TimeSpan.FromMilliseconds(250));
        }
        Assert.True(previous > Defaults.Threshold, $"phi after 5 s of silence is {previous}");
    }

    [Fact]
    public void With_the_defaults_a_member_heard_every_second_is_suspected_3_52_seconds_after_its_last_heartbeat()
    {
        var clock = new ManualTimeProvider();
        var detector = Regular(new PhiAccrualFailureDetector(Defaults), clock, count: 30, TimeSpan.FromSeconds(1));
        var last = Now(clock);

        Assert.True(detector.IsAvailable(last + TimeSpan.FromMilliseconds(3500)));
        Assert.False(detector.IsAvailable(last + TimeSpan.FromMilliseconds(3530)));
        Assert.Equal(Math.Log10(2), detector.Phi(last + TimeSpan.FromSeconds(3)), Precision);
    }

    [Fact]
    public void A_pause_within_the_acceptable_heartbeat_pause_is_tolerated()
    {
        var clock = new ManualTimeProvider();
        var tolerant = Regular(new PhiAccrualFailureDetector(Defaults), clock, count: 10, TimeSpan.FromSeconds(1));
        var strictClock = new ManualTimeProvider();
        var strict = Regular(new PhiAccrualFailureDetector(Defaults with { AcceptableHeartbeatPause = TimeSpan.Zero }), strictClock, count: 10, TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(2.9));
        strictClock.Advance(TimeSpan.FromSeconds(2.9));

        Assert.True(tolerant.Phi(Now(clock)) < 1.0);
        Assert.True(tolerant.IsAvailable(Now(clock)));
        Assert.False(strict.IsAvailable(Now(strictClock)));
    }

    [Fact]
    public void The_deviation_floor_keeps_regular_heartbeats_from_making_phi_jumpy()
    {
        var clock = new ManualTimeProvider();
        var settings = Defaults with { AcceptableHeartbeatPause = TimeSpan.Zero };
        var floored = Regular(new PhiAccrualFailureDetector(settings with { MinStdDeviation = TimeSpan.FromMilliseconds(500) }), clock, 50, TimeSpan.FromSeconds(1));
        var otherClock = new ManualTimeProvider();
        var sharp = Regular(new PhiAccrualFailureDetector(settings with { MinStdDeviation = TimeSpan.FromMilliseconds(10) }), otherClock, 50, TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(1.5));
        otherClock.Advance(TimeSpan.FromSeconds(1.5));

        Assert.True(floored.IsAvailable(Now(clock)));
        Assert.False(sharp.IsAvailable(Now(otherClock)));
    }

    [Fact]
    public void The_gap_of_an_outage_is_not_learnt_as_a_normal_interval()
    {
        var clock = new ManualTimeProvider();
        var detector = Regular(new PhiAccrualFailureDetector(Defaults), clock, count: 10, TimeSpan.FromSeconds(1));
        var samples = detector.SampleCount;

        clock.Advance(TimeSpan.FromSeconds(30));
        var back = detector.Heartbeat(Now(clock));

        Assert.Equal(samples, back.SampleCount);
        Assert.Equal(detector.MeanInterval, back.MeanInterval);
        Assert.True(back.IsAvailable(Now(clock)));
    }

    [Fact]
    public void Only_the_last_max_sample_size_intervals_are_remembered()
    {
        var clock = new ManualTimeProvider();
        var detector = Regular(new PhiAccrualFailureDetector(Defaults with { MaxSampleSize = 3 }), clock, count: 4, TimeSpan.FromSeconds(2));

        Assert.Equal(3, detector.SampleCount);
        Assert.Equal(TimeSpan.FromSeconds(2), detector.MeanInterval);
        Assert.Equal(TimeSpan.Zero, detector.IntervalStdDeviation);
    }

    private static TimeSpan Now(ManualTimeProvider clock) => MonotonicClock.Now(clock);

    /// <summary>A first heartbeat now, then <paramref name="count"/> more, <paramref name="interval"/> apart.</summary>
    private static PhiAccrualFailureDetector Regular(PhiAccrualFailureDetector detector, ManualTimeProvider clock, int count, TimeSpan interval)
    {
        detector = detector.Heartbeat(Now(clock));
        for (var i = 0; i < count; i++)
        {
            clock.Advance(interval);
            detector = detector.Heartbeat(Now(clock));
        }
        return detector;
    }
}
