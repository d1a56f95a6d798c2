using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Messaging;

public sealed class TellSpec : KernelSpec
{
    [Fact]
    public void Messages_from_one_sender_arrive_in_the_order_sent()
    {
        var probe = CreateTestProbe();
        var relay = Sys.ActorOf(Props.Create(() => new Relay(probe.Ref)));
        const int count = 10_000;
        for (var i = 0; i < count; i++)
        {
            relay.Tell(i, ActorRefs.NoSender);
        }
        for (var i = 0; i < count; i++)
        {
            probe.ExpectMsg(i);
        }
    }

    [Fact]
    public void Order_per_sender_holds_with_many_concurrent_senders()
    {
        var probe = CreateTestProbe();
        var collector = Sys.ActorOf(Props.Create(() => new OrderChecker(probe.Ref, senders: 4, perSender: 20_000)));
        Parallel.For(0, 4, sender =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                collector.Tell((sender, i), ActorRefs.NoSender);
            }
        });
        Assert.Equal("in order", probe.ExpectMsg<string>(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void The_sender_travels_with_the_message_and_replies_reach_it()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create(() => new Echo()));
        probe.Send(echo, "hi");
        Assert.Equal("hi", probe.ExpectMsg<string>());
        Assert.Equal(echo, probe.LastSender);
    }

    [Fact]
    public void Forward_keeps_the_original_sender()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create(() => new Echo()));
        var forwarder = Sys.ActorOf(Props.Create(() => new Forwarder(echo)));
        probe.Send(forwarder, "via");
        Assert.Equal("via", probe.ExpectMsg<string>());
        Assert.Equal(echo, probe.LastSender);
    }

    [Fact]
    public void Tell_without_sender_makes_replies_dead_letters()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(DeadLetter));
        var echo = Sys.ActorOf(Props.Create(() => new Echo()));
        echo.Tell("nobody listens", ActorRefs.NoSender);
        var deadLetter = probe.ExpectMsg<DeadLetter>();
        Assert.Equal("nobody listens", deadLetter.Message);
        Assert.Equal(echo, deadLetter.Sender);
    }

    [Fact]
    public void Tell_outside_actors_uses_the_external_default_sender_which_the_TestKit_sets_to_TestActor()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Echo()));
        echo.Tell("implicit");
        ExpectMsg("implicit");
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public void Tell_inside_a_handler_uses_the_actor_as_implicit_sender()
    {
        var probe = CreateTestProbe();
        var asker = Sys.ActorOf(Props.Create(() => new ImplicitSender(probe.Ref)));
        asker.Tell("go");
        probe.ExpectMsg("from actor");
        Assert.Equal(asker, probe.LastSender);
    }

    [Fact]
    public void Tell_of_null_throws()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Echo()));
        Assert.Throws<ArgumentNullException>(() => echo.Tell(null!, ActorRefs.NoSender));
    }

    [Fact]
    public void Many_actor_pairs_exchange_all_messages()
    {
        var probe = CreateTestProbe();
        const int pairs = 50;
        const int messages = 2_000;
        for (var i = 0; i < pairs; i++)
        {
            var echo = Sys.ActorOf(Props.Create(() => new Echo()));
            var counter = Sys.ActorOf(Props.Create(() => new CountReplies(probe.Ref, messages)));
            counter.Tell(echo, ActorRefs.NoSender);
        }
        for (var i = 0; i < pairs; i++)
        {
            probe.ExpectMsg(messages, TimeSpan.FromSeconds(20));
        }
    }

    private sealed class Relay : ReceiveActor
    {
        public Relay(IActorRef target)
        {
            ReceiveAny(message => target.Tell(message));
        }
    }

    private sealed class Echo : ReceiveActor
    {
        public Echo()
        {
            ReceiveAny(message => Sender.Tell(message));
        }
    }

    private sealed class Forwarder : ReceiveActor
    {
        public Forwarder(IActorRef target)
        {
            ReceiveAny(message => target.Forward(message));
        }
    }

    private sealed class ImplicitSender : ReceiveActor
    {
        public ImplicitSender(IActorRef target)
        {
            Receive<string>(_ => target.Tell("from actor"));
        }
    }

    private sealed class OrderChecker : ReceiveActor
    {
        public OrderChecker(IActorRef report, int senders, int perSender)
        {
            var next = new int[senders];
            var total = 0;
            var ordered = true;
            Receive<(int Sender, int Sequence)>(message =>
            {
                ordered &= next[message.Sender] == message.Sequence;
                next[message.Sender] = message.Sequence + 1;
                if (++total == senders * perSender)
                {
                    report.Tell(ordered ? "in order" : "out of order");
                }
            });
        }
    }

    private sealed class CountReplies : ReceiveActor
    {
        public CountReplies(IActorRef report, int messages)
        {
            var received = 0;
            Receive<IActorRef>(echo =>
            {
                for (var i = 0; i < messages; i++)
                {
                    echo.Tell(i);
                }
            });
            Receive<int>(_ =>
            {
                if (++received == messages)
                {
                    report.Tell(received);
                }
            });
        }
    }
}
