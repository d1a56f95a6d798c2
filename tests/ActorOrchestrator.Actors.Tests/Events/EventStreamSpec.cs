using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Tests.Events;

public sealed class EventStreamSpec : KernelSpec
{
    private readonly ManualTimeProvider _time;

    public EventStreamSpec()
        : this(new ManualTimeProvider())
    {
    }

    private EventStreamSpec(ManualTimeProvider time)
        : base(ActorSystemSettings.Default with { DeadLetterLogLimit = 3, DeadLetterSummaryInterval = TimeSpan.FromSeconds(10) }, time)
    {
        _time = time;
    }

    [Fact]
    public void A_subscriber_to_a_base_type_receives_events_of_its_subtypes()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(Animal));
        Sys.EventStream.Publish(new Dog("rex"));
        Sys.EventStream.Publish(new Cat("tom"));
        Sys.EventStream.Publish("not an animal");
        Assert.Equal(new Dog("rex"), probe.ExpectMsg<Animal>());
        Assert.Equal(new Cat("tom"), probe.ExpectMsg<Animal>());
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Unsubscribe_stops_delivery()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe<Dog>(probe.Ref);
        Assert.True(Sys.EventStream.Unsubscribe(probe.Ref, typeof(Dog)));
        Sys.EventStream.Publish(new Dog("rex"));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        Assert.False(Sys.EventStream.Unsubscribe(probe.Ref));
    }

    [Fact]
    public void Terminated_subscribers_are_removed()
    {
        var probe = CreateTestProbe();
        var subscriber = Sys.ActorOf(Props.Create(() => new Subscriber(probe.Ref)));
        probe.ExpectMsg("subscribed");
        probe.Watch(subscriber);
        Sys.Stop(subscriber);
        probe.ExpectTerminated(subscriber);
        Assert.False(Sys.EventStream.Unsubscribe(subscriber));
    }

    [Fact]
    public void Unhandled_messages_are_published_and_logged_once()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe<UnhandledMessage>(probe.Ref);
        var actor = Sys.ActorOf(Props.Create(() => new Subscriber(probe.Ref)));
        probe.ExpectMsg("subscribed");
        actor.Tell(42);
        var unhandled = probe.ExpectMsg<UnhandledMessage>();
        Assert.Equal(42, unhandled.Message);
        Assert.Equal(actor, unhandled.Recipient);
        var lines = AwaitLogs(entries => entries.Any(e => e.Message.StartsWith("Unhandled message: Int32", StringComparison.Ordinal)));
        Assert.Single(lines, e => e.Message.StartsWith("Unhandled message: Int32", StringComparison.Ordinal));
    }

    [Fact]
    public void Dead_letters_are_logged_up_to_the_limit_then_summarised_per_interval()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe<DeadLetter>(probe.Ref);
        for (var i = 0; i < 8; i++)
        {
            Sys.DeadLetters.Tell(i, ActorRefs.NoSender);
        }
        probe.ReceiveN(8);
        var deadLetterLines = LogEntries.Where(e => e.Message.StartsWith("Dead letter:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, deadLetterLines.Count);
        Assert.All(deadLetterLines, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.DoesNotContain(LogEntries, e => e.Message.Contains("more dead letters", StringComparison.Ordinal));
        _time.Advance(TimeSpan.FromSeconds(10));
        Sys.DeadLetters.Tell("after the interval", ActorRefs.NoSender);
        probe.ExpectMsg<DeadLetter>();
        Assert.Contains(LogEntries, e => e.Message.StartsWith("6 more dead letters or unhandled messages were not logged", StringComparison.Ordinal));
    }

    private abstract record Animal(string Name);

    private sealed record Dog(string Name) : Animal(Name);

    private sealed record Cat(string Name) : Animal(Name);

    private sealed class Subscriber : ReceiveActor
    {
        public Subscriber(IActorRef probe)
        {
            Receive<Dog>(_ => { });
            Context.System.EventStream.Subscribe<Dog>(Self);
            probe.Tell("subscribed");
        }
    }
}
