using ActorOrchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class ReceiveSpec(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(150);

    [Fact]
    public void ReceiveOne_returns_null_when_nothing_arrives()
    {
        Assert.Null(ReceiveOne(s_short));
        TestActor.Tell("x", null);
        Assert.Equal("x", ReceiveOne());
    }

    [Fact]
    public void ReceiveN_returns_the_messages_in_arrival_order()
    {
        for (var i = 0; i < 5; i++)
        {
            TestActor.Tell(i, null);
        }
        Assert.Equal([0, 1, 2, 3, 4], ReceiveN(5));
        Assert.False(HasMessages);
    }

    [Fact]
    public void ReceiveN_fails_saying_how_many_of_how_many_arrived()
    {
        TestActor.Tell("a", null);
        TestActor.Tell("b", null);
        var failure = Assert.Throws<TestKitAssertionException>(() => ReceiveN(3, s_short));
        Assert.Contains($"ReceiveN(3): received only 2 of 3 messages within {this.DilatedMs(150)}", failure.Message);
        Assert.Contains("String \"b\"", failure.Message);
    }

    [Fact]
    public void ReceiveWhile_stops_at_the_first_non_matching_message_and_leaves_it_queued()
    {
        foreach (var message in new object[] { 1, 2, 3, "stop", 4 })
        {
            TestActor.Tell(message, null);
        }
        Assert.Equal([1, 2, 3], ReceiveWhile<int>(_ => true, idle: s_short));
        Assert.Equal("stop", ExpectMsg<string>());
        Assert.Equal(4, ExpectMsg<int>());
    }

    [Fact]
    public void ReceiveWhile_stops_when_the_stream_goes_idle()
    {
        TestActor.Tell(1, null);
        TestActor.Tell(2, null);
        var started = DateTime.UtcNow;
        Assert.Equal([1, 2], ReceiveWhile<int>(n => n < 10, max: TimeSpan.FromSeconds(20), idle: s_short));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "ReceiveWhile should return after the idle time, not at max");
    }

    [Fact]
    public void ReceiveWhile_respects_the_message_limit()
    {
        for (var i = 0; i < 4; i++)
        {
            TestActor.Tell(i, null);
        }
        Assert.Equal([0, 1], ReceiveWhile<int>(_ => true, maxMessages: 2));
        Assert.Equal(2, ExpectMsg<int>());
    }

    [Fact]
    public void FishForMessage_skips_messages_until_one_matches()
    {
        foreach (var message in new object[] { "noise", 1, 2, 42, 3 })
        {
            TestActor.Tell(message, null);
        }
        Assert.Equal(42, FishForMessage<int>(n => n > 10));
        Assert.Equal(3, ExpectMsg<int>());
    }

    [Fact]
    public void FishForMessage_fails_listing_the_skipped_messages()
    {
        TestActor.Tell("noise", null);
        TestActor.Tell(1, null);
        var failure = Assert.Throws<TestKitAssertionException>(() => FishForMessage<int>(n => n > 10, s_short));
        Assert.Contains($"FishForMessage<Int32>: no message matching `n => n > 10` arrived within {this.DilatedMs(150)}; skipped 2:", failure.Message);
        Assert.Contains("String \"noise\"", failure.Message);
        Assert.Contains("Int32 1", failure.Message);
    }
}
