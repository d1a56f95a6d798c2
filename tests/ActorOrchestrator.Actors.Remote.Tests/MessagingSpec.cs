using ActorOrchestrator.Actors.Remote.TestNode;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

public sealed class MessagingSpec(ITestOutputHelper output) : RemoteSpec(output)
{
    [Fact]
    public void Tell_to_a_ref_obtained_by_address_and_path_reaches_the_actor_in_the_other_system()
    {
        var beta = StartPeer("beta");
        beta.System.ActorOf(Props.Create<Echo>(), "echo");

        var echo = Remote.ActorFor($"ao://beta@127.0.0.1:{beta.Address.Port}/user/echo");
        echo.Tell(new Ping(1), TestActor);

        ExpectMsg(new Ping(1));
        Assert.IsType<RemoteActorRef>(echo);
        Assert.Equal(beta.Address, ((RemoteActorRef)echo).Address);
        Assert.Equal("ao://beta@127.0.0.1:" + beta.Address.Port + "/user/echo", echo.Path.ToString());
    }

    [Fact]
    public void A_reply_to_the_remote_sender_reaches_the_original_sender()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");
        var probe = CreateTestProbe();

        RemoteRefTo(beta, echo).Tell(new Ping(7), probe.Ref);

        probe.ExpectMsg(new Ping(7));
        var sender = Assert.IsType<RemoteActorRef>(probe.LastSender);
        Assert.Equal(echo.Path.Uid, sender.Path.Uid);
        Assert.Equal("/user/echo", "/" + string.Join('/', sender.Path.Elements));
    }

    [Fact]
    public async Task Ask_of_a_remote_actor_completes_with_its_reply()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");

        var reply = await RemoteRefTo(beta, echo).Ask<Ping>(new Ping(42), TimeSpan.FromSeconds(10));

        Assert.Equal(new Ping(42), reply);
    }

    [Fact]
    public void A_ref_inside_a_message_can_be_answered_across_the_link()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");
        var probe = CreateTestProbe();

        RemoteRefTo(beta, echo).Tell(new Request(3, probe.Ref), ActorRefs.NoSender);

        probe.ExpectMsg(new Response(3));
    }

    [Fact]
    public void Messages_from_one_sender_to_one_remote_actor_arrive_in_the_order_sent()
    {
        var beta = StartPeer("beta");
        var echo = RemoteRefTo(beta, beta.System.ActorOf(Props.Create<Echo>(), "echo"));
        const int count = 20_000;

        for (var i = 0; i < count; i++)
        {
            echo.Tell(new Ping(i), TestActor);
        }

        var received = ReceiveN(count, TimeSpan.FromSeconds(30)).Cast<Ping>().Select(p => p.Number).ToList();
        Assert.Equal(Enumerable.Range(0, count), received);
    }

    [Fact]
    public void Kernel_messages_travel_without_registration()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");
        var remoteEcho = RemoteRefTo(beta, echo);

        remoteEcho.Tell(new Identify("who"), TestActor);
        var identity = ExpectMsg<ActorIdentity>();
        Assert.Equal("who", identity.MessageId);
        Assert.Same(remoteEcho, identity.Subject);

        Watch(remoteEcho);
        remoteEcho.Tell(PoisonPill.Instance, TestActor);
        ExpectTerminated(remoteEcho, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_message_to_a_path_with_no_actor_becomes_a_dead_letter_in_the_receiving_system()
    {
        var beta = StartPeer("beta");
        var deadLetters = new List<DeadLetter>();
        var listener = beta.System.CreateFunctionRef((message, _) =>
        {
            if (message is DeadLetter deadLetter)
            {
                lock (deadLetters)
                {
                    deadLetters.Add(deadLetter);
                }
            }
        });
        beta.System.EventStream.Subscribe<DeadLetter>(listener);

        Remote.ActorFor(beta.Address, "/user/nobody-here").Tell(new Ping(5), TestActor);

        AwaitCondition(() =>
        {
            lock (deadLetters)
            {
                return deadLetters.Any(d => d.Message is Ping { Number: 5 });
            }
        }, TimeSpan.FromSeconds(10));
    }
}
