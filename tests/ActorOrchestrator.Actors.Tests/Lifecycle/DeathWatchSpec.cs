using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Lifecycle;

public sealed class DeathWatchSpec : KernelSpec
{
    [Fact]
    public void Watch_yields_exactly_one_Terminated_when_the_actor_stops()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create(() => new Silent()));
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref)));
        watcher.Tell(new WatchIt(target));
        watcher.Tell(new WatchIt(target));
        probe.ExpectMsg("watching");
        probe.ExpectMsg("watching");
        Sys.Stop(target);
        Assert.Equal(target, probe.ExpectMsg<Terminated>().ActorRef);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Watch_of_an_already_dead_actor_yields_exactly_one_Terminated()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create(() => new Silent()));
        probe.Watch(target);
        Sys.Stop(target);
        probe.ExpectTerminated(target);
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref)));
        watcher.Tell(new WatchIt(target));
        probe.ExpectMsg("watching");
        var terminated = probe.ExpectMsg<Terminated>();
        Assert.Equal(target, terminated.ActorRef);
        Assert.False(terminated.ExistenceConfirmed);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Unhandled_Terminated_stops_the_watcher_with_a_DeathPactException()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create(() => new Silent()));
        var watcher = Sys.ActorOf(Props.Create(() => new IgnoresTerminated(target)));
        probe.Watch(watcher);
        Sys.Stop(target);
        probe.ExpectTerminated(watcher);
        AwaitLogs(entries => entries.Any(e => e.Exception is DeathPactException));
    }

    [Fact]
    public void Unwatch_means_no_Terminated()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create(() => new Silent()));
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref)));
        watcher.Tell(new WatchIt(target));
        probe.ExpectMsg("watching");
        watcher.Tell(new UnwatchIt(target));
        probe.ExpectMsg("unwatched");
        Sys.Stop(target);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void WatchWith_delivers_the_custom_message_instead_of_Terminated()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create(() => new Silent()));
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref)));
        watcher.Tell(new WatchItWith(target, "target is gone"));
        probe.ExpectMsg("watching");
        Sys.Stop(target);
        probe.ExpectMsg("target is gone");
    }

    [Fact]
    public void A_parent_watching_its_child_gets_Terminated_once()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref)));
        parent.Tell("spawn-and-watch");
        var child = probe.ExpectMsg<IActorRef>();
        child.Tell(PoisonPill.Instance);
        Assert.Equal(child, probe.ExpectMsg<Terminated>().ActorRef);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void A_watched_inbox_reports_its_disposal_as_Terminated()
    {
        var probe = CreateTestProbe();
        var inbox = Inbox.Create(Sys);
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref)));
        watcher.Tell(new WatchIt(inbox.Self));
        probe.ExpectMsg("watching");
        inbox.Dispose();
        Assert.Equal(inbox.Self, probe.ExpectMsg<Terminated>().ActorRef);
    }

    [Fact]
    public void Watching_Nobody_yields_Terminated()
    {
        var probe = CreateTestProbe();
        probe.Watch(ActorRefs.Nobody);
        probe.ExpectTerminated(ActorRefs.Nobody);
    }

    private sealed record WatchIt(IActorRef Target);

    private sealed record WatchItWith(IActorRef Target, object Message);

    private sealed record UnwatchIt(IActorRef Target);

    private sealed class Silent : ActorBase
    {
        protected override bool Receive(object message) => true;
    }

    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef probe)
        {
            Receive<WatchIt>(watch =>
            {
                Context.Watch(watch.Target);
                probe.Tell("watching");
            });
            Receive<WatchItWith>(watch =>
            {
                Context.WatchWith(watch.Target, watch.Message);
                probe.Tell("watching");
            });
            Receive<UnwatchIt>(unwatch =>
            {
                Context.Unwatch(unwatch.Target);
                probe.Tell("unwatched");
            });
            Receive<string>(s => s == "spawn-and-watch", _ => probe.Tell(Context.Watch(Context.ActorOf(Props.Create(() => new Silent())))));
            Receive<Terminated>(terminated => probe.Tell(terminated));
            Receive<string>(s => probe.Tell(s));
        }
    }

    private sealed class IgnoresTerminated : ActorBase
    {
        public IgnoresTerminated(IActorRef target) => Context.Watch(target);

        protected override bool Receive(object message) => false;
    }
}
