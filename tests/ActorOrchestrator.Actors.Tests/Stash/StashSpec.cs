using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Stash;

public sealed class StashSpec : KernelSpec
{
    [Fact]
    public void UnstashAll_delivers_the_stashed_messages_first_in_their_original_order()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gatekeeper(probe.Ref)));
        actor.Tell("a");
        actor.Tell("b");
        actor.Tell("c");
        actor.Tell("open");
        actor.Tell("d");
        Assert.Equal(["a", "b", "c", "d"], probe.ReceiveN(4).Cast<string>());
    }

    [Fact]
    public void The_stash_returns_to_the_mailbox_on_restart()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gatekeeper(probe.Ref)));
        actor.Tell("a");
        actor.Tell("b");
        actor.Tell("fail");
        actor.Tell("open");
        actor.Tell("c");
        probe.ExpectMsg("restarted");
        Assert.Equal(["a", "b", "c"], probe.ReceiveN(3).Cast<string>());
    }

    [Fact]
    public void A_bounded_stash_throws_StashOverflowException_when_full()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gatekeeper(probe.Ref)).WithStashCapacity(2));
        actor.Tell("a");
        actor.Tell("b");
        actor.Tell("c");
        probe.ExpectMsg("restarted");
        AwaitLogs(entries => entries.Any(e => e.Exception is StashOverflowException overflow && overflow.Message.Contains("is full (2 messages)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Stashed_messages_keep_their_sender()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Gatekeeper(probe.Ref)));
        probe.Send(actor, "reply-to-me");
        actor.Tell("open");
        probe.ExpectMsg("reply-to-me");
        probe.ExpectMsg("replied");
    }

    private sealed class Gatekeeper : ReceiveActor, IWithStash
    {
        private readonly IActorRef _probe;

        public Gatekeeper(IActorRef probe)
        {
            _probe = probe;
            Receive<string>(s => s == "open", _ =>
            {
                Become(Open);
                Stash.UnstashAll();
            });
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(_ => Stash.Stash());
        }

        public IStash Stash { get; set; } = null!;

        protected override void PostRestart(Exception reason) => _probe.Tell("restarted");

        private void Open()
        {
            Receive<string>(s => s == "reply-to-me", _ =>
            {
                _probe.Tell("reply-to-me");
                Sender.Tell("replied");
            });
            Receive<string>(s => _probe.Tell(s));
        }
    }
}
