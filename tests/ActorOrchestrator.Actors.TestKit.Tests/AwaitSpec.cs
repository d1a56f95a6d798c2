using System.Diagnostics;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class AwaitSpec(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void AwaitAssert_retries_until_the_assertion_holds()
    {
        var attempts = 0;
        AwaitAssert(() => Assert.True(++attempts >= 3), interval: TimeSpan.FromMilliseconds(10));
        Assert.Equal(3, attempts);
    }

    [Fact]
    public void AwaitAssert_fails_with_the_last_failure_after_the_duration()
    {
        var watch = Stopwatch.StartNew();
        var failure = Assert.Throws<TestKitAssertionException>(() => AwaitAssert(() => Assert.Equal(1, 2), s_short, TimeSpan.FromMilliseconds(50)));
        Assert.True(watch.Elapsed >= Dilated(s_short) - TimeSpan.FromMilliseconds(20), $"gave up after {watch.Elapsed}");
        Assert.StartsWith($"AwaitAssert: the assertion still failed after {Ms(s_short)} (", failure.Message);
        Assert.Contains("Assert.Equal() Failure", failure.Message);
        Assert.IsAssignableFrom<Xunit.Sdk.XunitException>(failure.InnerException);
    }

    [Fact]
    public void AwaitCondition_passes_once_the_condition_turns_true()
    {
        var flag = 0;
        _ = Task.Run(async () =>
        {
            await Task.Delay(50);
            Volatile.Write(ref flag, 1);
        });
        AwaitCondition(() => Volatile.Read(ref flag) == 1, interval: TimeSpan.FromMilliseconds(10));
    }

    [Fact]
    public void AwaitCondition_fails_quoting_the_condition()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() => AwaitCondition(() => HasMessages, s_short));
        Assert.Equal($"AwaitCondition: `() => HasMessages` was still false after {Ms(s_short)}", failure.Message);
    }

    [Fact]
    public async Task AwaitAssertAsync_retries_an_async_assertion()
    {
        var attempts = 0;
        await AwaitAssertAsync(
            async () =>
            {
                await Task.Yield();
                Assert.True(++attempts >= 2);
            },
            interval: TimeSpan.FromMilliseconds(10));
        Assert.Equal(2, attempts);
    }

    private string Ms(TimeSpan duration) => $"{(long)Dilated(duration).TotalMilliseconds} ms";
}
