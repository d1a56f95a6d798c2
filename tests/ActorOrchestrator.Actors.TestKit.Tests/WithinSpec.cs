using System.Diagnostics;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class WithinSpec(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan s_generous = TimeSpan.FromSeconds(2);

    [Fact]
    public void An_expectation_inside_Within_waits_only_until_the_deadline()
    {
        var watch = Stopwatch.StartNew();
        var failure = Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromMilliseconds(300), () => ExpectMsg<string>()));
        Assert.True(watch.Elapsed < Dilated(s_generous), $"the expectation waited {watch.Elapsed}, past the Within deadline");
        Assert.Contains("no message arrived before the enclosing Within deadline", failure.Message);
    }

    [Fact]
    public void An_explicit_timeout_longer_than_the_Within_deadline_is_cut_to_it()
    {
        var watch = Stopwatch.StartNew();
        Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromMilliseconds(300), () => ExpectMsg<string>(TimeSpan.FromSeconds(20))));
        Assert.True(watch.Elapsed < Dilated(s_generous), $"the expectation waited {watch.Elapsed}, past the Within deadline");
    }

    [Fact]
    public void An_infinite_timeout_inside_Within_is_cut_to_the_deadline()
    {
        var watch = Stopwatch.StartNew();
        Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromMilliseconds(300), () => ExpectMsg<string>(Timeout.InfiniteTimeSpan)));
        Assert.True(watch.Elapsed < Dilated(s_generous), $"the expectation waited {watch.Elapsed}, past the Within deadline");
    }

    [Fact]
    public void A_nested_Within_never_extends_the_outer_deadline()
    {
        var watch = Stopwatch.StartNew();
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            Within(TimeSpan.FromMilliseconds(300), () => Within(TimeSpan.FromSeconds(20), () => ExpectMsg<string>())));
        Assert.True(watch.Elapsed < Dilated(s_generous), $"the nested block waited {watch.Elapsed}, past the outer deadline");
        Assert.Contains("before the enclosing Within deadline", failure.Message);
    }

    [Fact]
    public void A_nested_Within_can_shorten_the_deadline()
    {
        var outerRemaining = TimeSpan.Zero;
        var innerRemaining = TimeSpan.Zero;
        Within(TimeSpan.FromSeconds(10), () =>
        {
            Within(TimeSpan.FromSeconds(1), () => innerRemaining = Remaining);
            outerRemaining = Remaining;
        });
        Assert.True(innerRemaining <= Dilated(TimeSpan.FromSeconds(1)), $"inner remaining {innerRemaining}");
        Assert.True(outerRemaining > Dilated(TimeSpan.FromSeconds(5)), $"after the inner block the outer deadline applies again, remaining {outerRemaining}");
    }

    [Fact]
    public void Within_bounds_expectations_on_probes_too()
    {
        var probe = CreateTestProbe();
        var watch = Stopwatch.StartNew();
        Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromMilliseconds(300), () => probe.ExpectMsg<string>()));
        Assert.True(watch.Elapsed < Dilated(s_generous), $"the probe waited {watch.Elapsed}, past the Within deadline");
    }

    [Fact]
    public void Within_passes_when_the_block_ends_between_min_and_max()
    {
        TestActor.Tell("now", null);
        var message = Within(TimeSpan.Zero, TimeSpan.FromSeconds(3), () => ExpectMsg<string>());
        Assert.Equal("now", message);
    }

    [Fact]
    public void Within_fails_when_the_block_is_faster_than_the_minimum()
    {
        TestActor.Tell("too early", null);
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            Within(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), () => ExpectMsg<string>()));
        Assert.Contains("less than the minimum 1000 ms", failure.Message);
    }

    [Fact]
    public void Within_fails_when_the_block_takes_longer_than_the_maximum()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            Within(TimeSpan.FromMilliseconds(100), () => Thread.Sleep(Dilated(TimeSpan.FromMilliseconds(400)))));
        Assert.Contains("more than the", failure.Message);
        Assert.Contains("(dilated maximum)", failure.Message);
    }

    [Fact]
    public void Remaining_is_only_defined_inside_Within()
    {
        Assert.Throws<InvalidOperationException>(() => Remaining);
        Assert.Equal(Dilated(Settings.DefaultTimeout), RemainingOrDefault);
        Within(TimeSpan.FromSeconds(2), () =>
        {
            Assert.InRange(Remaining, TimeSpan.Zero, Dilated(TimeSpan.FromSeconds(2)));
            Assert.InRange(RemainingOrDefault, TimeSpan.Zero, Dilated(TimeSpan.FromSeconds(2)));
        });
    }

    [Fact]
    public async Task WithinAsync_bounds_async_expectations_and_ends_with_the_block()
    {
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAsync<TestKitAssertionException>(() =>
            WithinAsync(TimeSpan.FromMilliseconds(300), async () => await ExpectMsgAsync<string>()));
        Assert.True(watch.Elapsed < Dilated(s_generous), $"the async expectation waited {watch.Elapsed}");
        Assert.Throws<InvalidOperationException>(() => Remaining);
    }
}
