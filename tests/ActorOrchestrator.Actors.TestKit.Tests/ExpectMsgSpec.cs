using ActorOrchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class ExpectMsgSpec(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void ExpectMsg_of_a_type_returns_the_reply_and_records_its_sender()
    {
        var echo = ActorOf<EchoActor>("echo");
        Send(echo, "hello");
        Assert.Equal("hello", ExpectMsg<string>());
        Assert.Equal(echo, LastSender);
        Assert.Equal("hello", LastMessage);
    }

    [Fact]
    public void Tell_from_test_code_has_the_TestActor_as_implicit_sender()
    {
        var echo = ActorOf<EchoActor>();
        echo.Tell("implicit");
        Assert.Equal("implicit", ExpectMsg<string>());
        Assert.Equal(echo, LastSender);
        var probe = CreateTestProbe();
        probe.Send(echo, "from the probe");
        probe.ExpectMsg("from the probe");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void ExpectMsg_of_a_type_fails_naming_the_expected_type_and_what_arrived()
    {
        TestActor.Tell(42, null);
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<string>());
        Assert.Contains("expected a message of type String, but received Int32 42 from", failure.Message);
    }

    [Fact]
    public void ExpectMsg_fails_saying_that_nothing_arrived_within_the_timeout()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<string>(s_short));
        Assert.Equal($"ExpectMsg<String>: no message arrived within {this.DilatedMs(100)}", failure.Message);
    }

    [Fact]
    public void ExpectMsg_of_a_value_passes_on_an_equal_message_and_fails_on_another()
    {
        TestActor.Tell(new Ping(1), null);
        TestActor.Tell(new Ping(2), null);
        Assert.Equal(new Ping(1), ExpectMsg(new Ping(1)));
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg(new Ping(3)));
        Assert.Contains("expected Ping Ping { Id = 3 }, but received Ping Ping { Id = 2 }", failure.Message);
    }

    [Fact]
    public void ExpectMsg_with_a_predicate_fails_quoting_the_predicate_when_the_message_does_not_match()
    {
        TestActor.Tell(new Ping(7), null);
        TestActor.Tell(new Ping(8), null);
        Assert.Equal(7, ExpectMsg<Ping>(p => p.Id == 7).Id);
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<Ping>(p => p.Id == 9));
        Assert.Contains("expected a message of type Ping matching `p => p.Id == 9`, but received Ping Ping { Id = 8 }", failure.Message);
        Assert.Contains("which does not match", failure.Message);
    }

    [Fact]
    public void ExpectMsgFrom_checks_the_sender()
    {
        var echo = ActorOf<EchoActor>();
        Send(echo, "one");
        Assert.Equal("one", ExpectMsgFrom<string>(echo));
        TestActor.Tell("two", null);
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsgFrom<string>(echo));
        Assert.Contains($"from {echo.Path}, but received String \"two\" from {Sys.DeadLetters.Path}", failure.Message);
    }

    [Fact]
    public void ExpectMsgAnyOf_accepts_any_candidate_and_rejects_others()
    {
        TestActor.Tell("b", null);
        TestActor.Tell("z", null);
        Assert.Equal("b", ExpectMsgAnyOf("a", "b", "c"));
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsgAnyOf("a", "b", "c"));
        Assert.Contains("expected one of the candidates, but received String \"z\"", failure.Message);
    }

    [Fact]
    public void ExpectMsgAllOf_accepts_the_candidates_in_any_order()
    {
        TestActor.Tell(3, null);
        TestActor.Tell(1, null);
        TestActor.Tell(2, null);
        Assert.Equal([3, 1, 2], ExpectMsgAllOf(1, 2, 3));
    }

    [Fact]
    public void ExpectMsgAllOf_fails_on_a_message_that_is_not_a_candidate_or_is_a_repeat()
    {
        TestActor.Tell(1, null);
        TestActor.Tell(1, null);
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsgAllOf(1, 2));
        Assert.Contains("received Int32 1", failure.Message);
        Assert.Contains("which is not among the missing", failure.Message);
    }

    [Fact]
    public async Task ExpectMsgAllOf_fails_listing_what_is_still_missing_when_time_runs_out()
    {
        TestActor.Tell(1, null);
        var failure = await Assert.ThrowsAsync<TestKitAssertionException>(() => ExpectMsgAllOfAsync([1, 2, 3], s_short));
        Assert.Contains("still missing", failure.Message);
        Assert.Contains("Int32 2", failure.Message);
        Assert.Contains("Int32 3", failure.Message);
        Assert.Contains($"after receiving 1 of 3 messages within {this.DilatedMs(100)}", failure.Message);
    }

    [Fact]
    public void ExpectNoMsg_passes_when_nothing_arrives()
    {
        ExpectNoMsg(s_short);
    }

    [Fact]
    public void ExpectNoMsg_fails_as_soon_as_a_message_arrives()
    {
        TestActor.Tell("surprise", null);
        var started = DateTime.UtcNow;
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectNoMsg(TimeSpan.FromSeconds(10)));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "ExpectNoMsg should fail at the first message, not at the end of its wait");
        Assert.Contains("expected no message within", failure.Message);
        Assert.Contains("but received String \"surprise\"", failure.Message);
    }

    [Fact]
    public void ExpectTerminated_passes_for_a_watched_actor_that_stops()
    {
        var echo = Watch(ActorOf<EchoActor>());
        Sys.Stop(echo);
        Assert.Equal(echo, ExpectTerminated(echo).ActorRef);
    }

    [Fact]
    public void ExpectTerminated_fails_when_another_message_comes_first()
    {
        var echo = Watch(ActorOf<EchoActor>());
        TestActor.Tell("not dead yet", null);
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectTerminated(echo));
        Assert.Contains($"expected Terminated of {echo.Path}, but received String \"not dead yet\"", failure.Message);
    }

    [Fact]
    public async Task Async_expectations_behave_like_their_synchronous_twins()
    {
        var echo = ActorOf<EchoActor>();
        Send(echo, new Ping(5));
        Assert.Equal(5, (await ExpectMsgAsync<Ping>(p => p.Id == 5)).Id);
        var failure = await Assert.ThrowsAsync<TestKitAssertionException>(() => ExpectMsgAsync<Ping>(s_short));
        Assert.Contains("no message arrived", failure.Message);
    }

    private sealed record Ping(int Id);
}
