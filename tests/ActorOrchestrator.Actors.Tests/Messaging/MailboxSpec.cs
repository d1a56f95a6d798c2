using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Tests.Messaging;

public sealed class MailboxSpec : KernelSpec
{
    [Fact]
    public void A_bounded_mailbox_drops_overflow_to_dead_letters_with_a_warning()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(DeadLetter));
        using var gate = new ManualResetEventSlim();
        var blocked = Sys.ActorOf(Props.Create(() => new Blocking(gate, probe.Ref)).WithBoundedMailbox(3));
        blocked.Tell("block");
        probe.ExpectMsg("blocked");
        for (var i = 0; i < 5; i++)
        {
            blocked.Tell(i);
        }
        Assert.Equal(3, probe.ExpectMsg<DeadLetter>().Message);
        Assert.Equal(4, probe.ExpectMsg<DeadLetter>().Message);
        gate.Set();
        probe.ExpectMsg(0);
        probe.ExpectMsg(1);
        probe.ExpectMsg(2);
        AwaitLogs(entries => entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("is full (3 messages)", StringComparison.Ordinal)) == 2);
    }

    [Fact]
    public void System_messages_overtake_queued_user_messages()
    {
        var probe = CreateTestProbe();
        using var gate = new ManualResetEventSlim();
        var blocked = Sys.ActorOf(Props.Create(() => new Blocking(gate, probe.Ref)));
        probe.Watch(blocked);
        blocked.Tell("block");
        probe.ExpectMsg("blocked");
        for (var i = 0; i < 100; i++)
        {
            blocked.Tell(i);
        }
        Sys.Stop(blocked);
        gate.Set();
        probe.ExpectTerminated(blocked);
    }

    [Fact]
    public void Messages_left_in_the_mailbox_of_a_stopped_actor_become_dead_letters()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(DeadLetter));
        using var gate = new ManualResetEventSlim();
        var blocked = Sys.ActorOf(Props.Create(() => new Blocking(gate, probe.Ref)));
        blocked.Tell("block");
        probe.ExpectMsg("blocked");
        blocked.Tell(1);
        blocked.Tell(2);
        Sys.Stop(blocked);
        gate.Set();
        Assert.Equal(1, probe.ExpectMsg<DeadLetter>().Message);
        Assert.Equal(2, probe.ExpectMsg<DeadLetter>().Message);
    }

    [Fact]
    public void Throughput_bounds_the_messages_handled_per_turn_so_other_actors_get_the_thread()
    {
        // With throughput 1 a busy actor yields after each message; all actors still make progress.
        var probe = CreateTestProbe();
        var actors = Enumerable.Range(0, 8).Select(_ => Sys.ActorOf(Props.Create(() => new Counter(probe.Ref, 1_000)).WithThroughput(1))).ToList();
        foreach (var actor in actors)
        {
            for (var i = 0; i < 1_000; i++)
            {
                actor.Tell(i);
            }
        }
        for (var i = 0; i < actors.Count; i++)
        {
            probe.ExpectMsg("done", TimeSpan.FromSeconds(20));
        }
    }

    private sealed class Blocking : ReceiveActor
    {
        public Blocking(ManualResetEventSlim gate, IActorRef probe)
        {
            Receive<string>(_ =>
            {
                probe.Tell("blocked");
                gate.Wait(TimeSpan.FromSeconds(10));
            });
            Receive<int>(i => probe.Tell(i));
        }
    }

    private sealed class Counter : ReceiveActor
    {
        public Counter(IActorRef probe, int expected)
        {
            var count = 0;
            Receive<int>(_ =>
            {
                if (++count == expected)
                {
                    probe.Tell("done");
                }
            });
        }
    }
}
