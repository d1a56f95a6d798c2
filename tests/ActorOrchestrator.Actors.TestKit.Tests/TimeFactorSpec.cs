using System.Diagnostics;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class TimeFactorSpec(ITestOutputHelper output)
    : TestKit(output: output, testKitSettings: new TestKitSettings { DefaultTimeout = TimeSpan.FromMilliseconds(100), TimeFactor = 4 })
{
    [Fact]
    public void The_default_timeout_is_multiplied_by_the_time_factor()
    {
        var watch = Stopwatch.StartNew();
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<string>());
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), $"waited only {watch.Elapsed}, expected 4 x 100 ms");
        Assert.Equal("ExpectMsg<String>: no message arrived within 400 ms", failure.Message);
    }

    [Fact]
    public void An_explicit_timeout_is_multiplied_by_the_time_factor()
    {
        var watch = Stopwatch.StartNew();
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190), $"waited only {watch.Elapsed}, expected 4 x 50 ms");
    }

    [Fact]
    public void Within_dilates_its_maximum_but_not_its_minimum()
    {
        Within(TimeSpan.FromMilliseconds(100), () => Assert.InRange(Remaining, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(400)));
        var failure = Assert.Throws<TestKitAssertionException>(() => Within(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), () => { }));
        Assert.Contains("less than the minimum 200 ms", failure.Message);
    }

    [Fact]
    public void Dilated_scales_durations_and_keeps_infinite_infinite()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), Dilated(TimeSpan.FromSeconds(3)));
        Assert.Equal(Timeout.InfiniteTimeSpan, Dilated(Timeout.InfiniteTimeSpan));
    }
}
