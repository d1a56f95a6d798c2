using ActorOrchestrator.Actors.TestKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using static ActorOrchestrator.Actors.TestKit.Tests.Support.LoggingActor;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class LogCaptureSpec(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan s_short = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void Captured_entries_carry_level_category_message_and_exception()
    {
        var logger = ActorOf<LoggingActor>("logger");
        Send(logger, new LogThis(LogLevel.Warning, "disk low"));
        ExpectMsg("logged");
        var entry = Assert.Single(LogEntries, e => e.Message == "disk low");
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(typeof(LoggingActor).FullName, entry.Category);
        Assert.Null(entry.Exception);

        logger.Tell(new FailWith(new InvalidOperationException("boom")), null);
        AwaitAssert(() => Assert.Contains(LogEntries, e => e.Exception is InvalidOperationException { Message: "boom" } && e.Level == LogLevel.Error));
    }

    [Fact]
    public void ExpectLog_passes_on_the_exact_count()
    {
        var logger = ActorOf<LoggingActor>();
        ExpectLog(LogLevel.Warning, "disk low", 2, () =>
        {
            Send(logger, new LogThis(LogLevel.Warning, "disk low", Times: 2));
            Send(logger, new LogThis(LogLevel.Information, "disk low"));
            Send(logger, new LogThis(LogLevel.Warning, "disk fine"));
        });
    }

    [Fact]
    public void ExpectLog_fails_when_more_entries_match_than_expected()
    {
        var logger = ActorOf<LoggingActor>();
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectLog(LogLevel.Warning, "disk low", 1, () =>
        {
            Send(logger, new LogThis(LogLevel.Warning, "disk low", Times: 2));
            ExpectMsg("logged");
        }));
        Assert.StartsWith("ExpectLog(Warning, \"disk low\"): expected exactly 1 during the block, but 2 arrived:", failure.Message);
    }

    [Fact]
    public void ExpectLog_fails_when_fewer_entries_match_than_expected_listing_what_was_captured()
    {
        var logger = ActorOf<LoggingActor>();
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectLog(
            LogLevel.Warning,
            "disk low",
            3,
            () => Send(logger, new LogThis(LogLevel.Warning, "disk low", Times: 2)),
            s_short));
        Assert.Contains($"expected exactly 3 during the block, but only 2 arrived within {this.DilatedMs(200)}", failure.Message);
        Assert.Contains("Everything captured since the block started:", failure.Message);
    }

    [Fact]
    public void ExpectLog_counts_only_entries_logged_after_the_block_started()
    {
        var logger = ActorOf<LoggingActor>();
        Send(logger, new LogThis(LogLevel.Warning, "disk low"));
        ExpectMsg("logged");
        ExpectLog(LogLevel.Warning, "disk low", 1, () => Send(logger, new LogThis(LogLevel.Warning, "disk low")));
    }

    [Fact]
    public void ExpectLog_with_a_predicate_quotes_it_when_failing()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectLog(e => e.EventId.Id == 4242, 1, () => { }, s_short));
        Assert.StartsWith("ExpectLog(e => e.EventId.Id == 4242): expected exactly 1 during the block, but only 0 arrived", failure.Message);
    }

    [Fact]
    public void ExpectException_counts_actor_failures_by_exception_type()
    {
        var logger = ActorOf<LoggingActor>();
        ExpectException<InvalidOperationException>(1, () => logger.Tell(new FailWith(new InvalidOperationException("boom")), null));
        ExpectException<ArgumentException>(2, () =>
        {
            logger.Tell(new FailWith(new ArgumentNullException("x")), null);
            logger.Tell(new FailWith(new ArgumentException("y")), null);
        });
    }

    [Fact]
    public void ExpectException_fails_when_the_exception_never_shows_up()
    {
        var logger = ActorOf<LoggingActor>();
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            ExpectException<TimeoutException>(1, () => logger.Tell(new FailWith(new InvalidOperationException("not a timeout")), null), s_short));
        Assert.StartsWith("ExpectException<TimeoutException>: expected exactly 1 during the block, but only 0 arrived", failure.Message);
        Assert.Contains("not a timeout", failure.Message);
    }

    [Fact]
    public void ExpectDeadLetters_counts_exactly()
    {
        var gone = CreateTestProbe();
        gone.Dispose();
        ExpectDeadLetters(2, () =>
        {
            gone.Ref.Tell("a", null);
            gone.Ref.Tell(1, null);
        });
        ExpectDeadLetters<int>(1, () =>
        {
            gone.Ref.Tell("b", null);
            gone.Ref.Tell(2, null);
        });
        Assert.Equal(4, DeadLetterEntries.Count(d => d.Recipient.Equals(gone.Ref)));
    }

    [Fact]
    public void ExpectDeadLetters_fails_on_too_many_and_too_few()
    {
        var gone = CreateTestProbe();
        gone.Dispose();
        var tooMany = Assert.Throws<TestKitAssertionException>(() => ExpectDeadLetters(1, () =>
        {
            gone.Ref.Tell("a", null);
            gone.Ref.Tell("b", null);
        }));
        Assert.StartsWith("ExpectDeadLetters: expected exactly 1 during the block, but 2 arrived:", tooMany.Message);
        Assert.Contains($"String \"b\" from {Sys.DeadLetters.Path} to {gone.Ref.Path}", tooMany.Message);
        var tooFew = Assert.Throws<TestKitAssertionException>(() => ExpectDeadLetters(1, () => { }, s_short));
        Assert.Contains("but only 0 arrived", tooFew.Message);
    }

    [Fact]
    public void ExpectUnhandled_counts_messages_an_actor_did_not_handle()
    {
        var logger = ActorOf<LoggingActor>("picky");
        ExpectUnhandled<string>(2, () =>
        {
            logger.Tell("what?");
            logger.Tell(3);
            logger.Tell("pardon?");
        });
        var unhandled = Assert.Single(UnhandledEntries, u => u.Message is int);
        Assert.Equal(logger, unhandled.Recipient);
        Assert.Equal(TestActor, unhandled.Sender);
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectUnhandled(2, () => logger.Tell("once"), s_short));
        Assert.StartsWith("ExpectUnhandled: expected exactly 2 during the block, but only 1 arrived", failure.Message);
        Assert.Contains($"unhandled String \"once\" from {TestActor.Path} by {logger.Path}", failure.Message);
    }

    [Fact]
    public void Messages_to_a_stopped_actor_are_captured_as_dead_letters()
    {
        var logger = Watch(ActorOf<LoggingActor>());
        Sys.Stop(logger);
        ExpectTerminated(logger);
        ExpectDeadLetters<string>(2, () =>
        {
            logger.Tell("late", null);
            logger.Tell("later", null);
        });
    }
}
