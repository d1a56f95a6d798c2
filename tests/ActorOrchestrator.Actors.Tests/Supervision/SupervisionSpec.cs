using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Supervision;

public sealed class SupervisionSpec : KernelSpec
{
    [Fact]
    public void Restart_replaces_the_instance_keeps_the_ref_and_drops_the_failing_message()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(SupervisorStrategy.DefaultStrategy, probe.Ref)));
        var child = SpawnChild(probe, parent, "child");
        child.Tell("inc");
        child.Tell("inc");
        child.Tell("fail");
        child.Tell("get");
        probe.ExpectMsg("PreRestart child: boom (message fail)");
        probe.ExpectMsg("PostStop child");
        probe.ExpectMsg("PostRestart child");
        Assert.Equal(0, probe.ExpectMsg<int>());
        probe.Send(parent, new GetChild("child"));
        Assert.Same(child, probe.ExpectMsg<IActorRef>());
    }

    [Fact]
    public void Resume_keeps_the_state()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Resume), probe.Ref)));
        var child = SpawnChild(probe, parent, "child");
        child.Tell("inc");
        child.Tell("fail");
        child.Tell("inc");
        child.Tell("get");
        Assert.Equal(2, probe.ExpectMsg<int>());
    }

    [Fact]
    public void Stop_directive_stops_the_child()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Stop), probe.Ref)));
        var child = SpawnChild(probe, parent, "child");
        probe.Watch(child);
        child.Tell("fail");
        probe.ExpectMsg("PostStop child");
        probe.ExpectTerminated(child);
    }

    [Fact]
    public void Escalate_lets_the_grandparent_decide()
    {
        var probe = CreateTestProbe();
        var grandparent = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Stop), probe.Ref)));
        probe.Send(grandparent, new Spawn("parent", Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Escalate), probe.Ref))));
        var parent = probe.ExpectMsg<IActorRef>();
        var child = SpawnChild(probe, parent, "child");
        probe.Watch(parent);
        child.Tell("fail");
        probe.ExpectMsg("PostStop child");
        probe.ExpectTerminated(parent);
    }

    [Fact]
    public void AllForOne_restarts_the_siblings_of_a_failed_child()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => Directive.Restart), probe.Ref)));
        var first = SpawnChild(probe, parent, "first");
        var second = SpawnChild(probe, parent, "second");
        second.Tell("inc");
        second.Tell("get");
        Assert.Equal(1, probe.ExpectMsg<int>());
        first.Tell("fail");
        var restarts = probe.ReceiveN(6).OfType<string>().Where(s => s.StartsWith("PostRestart", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(["PostRestart first", "PostRestart second"], restarts);
        second.Tell("get");
        Assert.Equal(0, probe.ExpectMsg<int>());
    }

    [Fact]
    public void OneForOne_leaves_the_siblings_alone()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(SupervisorStrategy.DefaultStrategy, probe.Ref)));
        var first = SpawnChild(probe, parent, "first");
        var second = SpawnChild(probe, parent, "second");
        second.Tell("inc");
        first.Tell("fail");
        probe.ExpectMsg("PreRestart first: boom (message fail)");
        probe.ExpectMsg("PostStop first");
        probe.ExpectMsg("PostRestart first");
        second.Tell("get");
        Assert.Equal(1, probe.ExpectMsg<int>());
    }

    [Fact]
    public void More_restarts_than_allowed_within_the_window_stop_the_child()
    {
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart);
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(strategy, probe.Ref)));
        var child = SpawnChild(probe, parent, "child");
        probe.Watch(child);
        for (var i = 0; i < 2; i++)
        {
            child.Tell("fail");
            probe.ExpectMsg("PreRestart child: boom (message fail)");
            probe.ExpectMsg("PostStop child");
            probe.ExpectMsg("PostRestart child");
        }
        child.Tell("fail");
        probe.ExpectMsg("PostStop child");
        probe.ExpectTerminated(child);
        AwaitLogs(entries => entries.Any(e => e.Message.Contains("exceeded 2 restarts", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_constructor_exception_stops_the_actor_under_the_default_strategy()
    {
        var probe = CreateTestProbe();
        var broken = Sys.ActorOf(Props.Create<ThrowsInConstructor>());
        probe.Watch(broken);
        probe.ExpectTerminated(broken);
        AwaitLogs(entries => entries.Any(e => e.Exception is ActorInitializationException));
    }

    [Fact]
    public void Kill_stops_the_actor_under_the_default_strategy()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(SupervisorStrategy.DefaultStrategy, probe.Ref)));
        var child = SpawnChild(probe, parent, "child");
        probe.Watch(child);
        child.Tell(Kill.Instance);
        probe.ExpectMsg("PostStop child");
        probe.ExpectTerminated(child);
    }

    [Fact]
    public void Default_decider_stops_on_initialization_kill_and_death_pact_and_restarts_otherwise()
    {
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider(new ActorInitializationException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider(new ActorKilledException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider(new DeathPactException(ActorRefs.Nobody)));
        Assert.Equal(Directive.Restart, SupervisorStrategy.DefaultDecider(new InvalidOperationException()));
    }

    [Fact]
    public void Failing_top_level_actors_are_restarted_by_the_user_guardian_and_the_process_survives()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Child("top", probe.Ref)));
        for (var i = 0; i < 20; i++)
        {
            actor.Tell("fail");
        }
        actor.Tell("get");
        Assert.Equal(0, probe.ReceiveN(41).OfType<int>().Single());
    }

    [Fact]
    public void Children_of_a_failed_actor_are_suspended_until_it_is_resumed()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Resume), probe.Ref)));
        probe.Send(parent, new Spawn("middle", Props.Create(() => new Supervisor(SupervisorStrategy.DefaultStrategy, probe.Ref))));
        var middle = probe.ExpectMsg<IActorRef>();
        var leaf = SpawnChild(probe, middle, "leaf");
        middle.Tell(new FailWith("middle failed"));
        leaf.Tell("inc");
        leaf.Tell("get");
        Assert.Equal(1, probe.ExpectMsg<int>());
    }

    internal static IActorRef SpawnChild(TestProbe probe, IActorRef parent, string name)
    {
        probe.Send(parent, new Spawn(name, null));
        return probe.ExpectMsg<IActorRef>();
    }

    internal sealed record Spawn(string Name, Props? Props);

    internal sealed record GetChild(string Name);

    internal sealed record FailWith(string Reason);

    internal sealed class Supervisor : ReceiveActor
    {
        private readonly SupervisorStrategy _strategy;

        public Supervisor(SupervisorStrategy strategy, IActorRef probe)
        {
            _strategy = strategy;
            Receive<Spawn>(spawn => Sender.Tell(Context.ActorOf(spawn.Props ?? Props.Create(() => new Child(spawn.Name, probe)), spawn.Name)));
            Receive<GetChild>(get => Sender.Tell(Context.Child(get.Name) ?? ActorRefs.Nobody));
            Receive<FailWith>(fail => throw new InvalidOperationException(fail.Reason));
        }

        protected override SupervisorStrategy SupervisorStrategy() => _strategy;
    }

    internal sealed class Child : ReceiveActor
    {
        private readonly string _name;
        private readonly IActorRef _probe;
        private int _count;

        public Child(string name, IActorRef probe)
        {
            _name = name;
            _probe = probe;
            Receive<string>(s => s == "inc", _ => _count++);
            Receive<string>(s => s == "get", _ => probe.Tell(_count));
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("boom"));
        }

        protected override void PreRestart(Exception reason, object? message)
        {
            _probe.Tell($"PreRestart {_name}: {reason.Message} (message {message})");
            base.PreRestart(reason, message);
        }

        protected override void PostRestart(Exception reason) => _probe.Tell($"PostRestart {_name}");

        protected override void PostStop()
        {
            if (!_name.StartsWith("top", StringComparison.Ordinal))
            {
                _probe.Tell($"PostStop {_name}");
            }
        }
    }

    internal sealed class ThrowsInConstructor : ActorBase
    {
        public ThrowsInConstructor() => throw new InvalidOperationException("cannot construct");

        protected override bool Receive(object message) => true;
    }
}
