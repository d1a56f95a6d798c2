using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Actor;

public sealed class ExtensionRefsSpec : KernelSpec
{
    [Fact]
    public void Paths_with_an_address_format_and_parse_back()
    {
        var path = ActorPath.Root("sys", "10.0.0.1:2552") / "user" / "echo";
        Assert.Equal("ao://sys@10.0.0.1:2552/user/echo", path.ToString());
        Assert.True(ActorPath.TryParse("ao://sys@10.0.0.1:2552/user/echo#42", out var parsed));
        Assert.Equal(path, parsed);
        Assert.Equal(42, parsed!.Uid);
        Assert.Equal("10.0.0.1:2552", parsed.Address);
        Assert.NotEqual(ActorPath.Root("sys") / "user" / "echo", path);
    }

    [Theory]
    [InlineData("http://sys/user")]
    [InlineData("ao://")]
    [InlineData("ao://sys@/user")]
    [InlineData("ao://sys/user//x")]
    [InlineData("ao://sys/user#notanumber")]
    public void Malformed_paths_do_not_parse(string text)
    {
        Assert.False(ActorPath.TryParse(text, out var path));
        Assert.Null(path);
    }

    [Fact]
    public void ResolveLocal_finds_live_actors_by_path_and_checks_the_uid()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent()), "parent");
        probe.Send(parent, "spawn");
        var child = probe.ExpectMsg<IActorRef>();
        Assert.Same(child, Sys.ResolveLocal(child.Path));
        Assert.Same(child, Sys.ResolveLocal(ActorPath.Root(Sys.Name) / "user" / "parent" / "child"));
        Assert.Null(Sys.ResolveLocal(child.Path.WithUid(child.Path.Uid + 1)));
        Assert.Null(Sys.ResolveLocal(ActorPath.Root(Sys.Name) / "user" / "missing"));
        Assert.Null(Sys.ResolveLocal(ActorPath.Root("other") / "user" / "parent"));
        Assert.Same(probe.Ref, Sys.ResolveLocal(probe.Ref.Path));
    }

    [Fact]
    public async Task An_Ask_reply_ref_is_resolvable_while_it_waits()
    {
        var forwarder = Sys.ActorOf(Props.Create(() => new ResolvingReplier()));
        Assert.Equal("resolved", await forwarder.Ask<string>("go", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task An_external_ref_can_be_asked_watched_and_reports_termination_once()
    {
        var probe = CreateTestProbe();
        var external = new LoopbackRef(Sys, ActorPath.Root("remote", "127.0.0.1:2552") / "user" / "x");
        Assert.Equal("echo: hi", await external.Ask<string>("hi", TimeSpan.FromSeconds(5)));
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(probe.Ref, external)));
        probe.ExpectMsg("watching");
        Assert.True(external.Watched.Wait(TimeSpan.FromSeconds(5)));
        external.Die();
        Assert.Equal(external, probe.ExpectMsg<Terminated>().ActorRef);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAsync<AskTargetTerminatedException>(() => external.Ask<string>("hi"));
        GC.KeepAlive(watcher);
    }

    private sealed class LoopbackRef(ActorSystem system, ActorPath path) : ExternalActorRef(system, path)
    {
        private readonly List<IActorRef> _watchers = [];
        private volatile bool _dead;

        public ManualResetEventSlim Watched { get; } = new();

        public override bool IsTerminated => _dead;

        public override void Tell(object message, IActorRef? sender) => sender?.Tell($"echo: {message}", this);

        public void Die()
        {
            _dead = true;
            lock (_watchers)
            {
                foreach (var watcher in _watchers)
                {
                    NotifyWatcherTerminated(watcher, existenceConfirmed: true, addressTerminated: false);
                    NotifyWatcherTerminated(watcher, existenceConfirmed: true, addressTerminated: false);
                }
            }
        }

        protected override void OnWatch(IActorRef watcher)
        {
            lock (_watchers)
            {
                _watchers.Add(watcher);
            }
            Watched.Set();
        }

        protected override void OnUnwatch(IActorRef watcher)
        {
            lock (_watchers)
            {
                _watchers.Remove(watcher);
            }
        }
    }

    private sealed class Watcher : ReceiveActor
    {
        public Watcher(IActorRef probe, IActorRef target)
        {
            Context.Watch(target);
            probe.Tell("watching");
            Receive<Terminated>(t => probe.Tell(t));
        }
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent()
        {
            Receive<string>(_ => Sender.Tell(Context.ActorOf(Props.Create(() => new Parent()), "child")));
        }
    }

    private sealed class ResolvingReplier : ReceiveActor
    {
        public ResolvingReplier()
        {
            Receive<string>(_ => Context.System.ResolveLocal(Sender.Path)?.Tell("resolved"));
        }
    }
}
