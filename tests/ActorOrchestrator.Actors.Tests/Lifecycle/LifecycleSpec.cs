using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Lifecycle;

public sealed class LifecycleSpec : KernelSpec
{
    [Fact]
    public void PreStart_runs_before_the_first_message_and_PostStop_after_the_last()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Recorder("a", probe.Ref)));
        actor.Tell("hello");
        actor.Tell(PoisonPill.Instance);
        actor.Tell("after poison");
        probe.ExpectMsg("PreStart a");
        probe.ExpectMsg("a got hello");
        probe.ExpectMsg("PostStop a");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Stopping_stops_children_first_then_runs_PostStop_then_tells_watchers()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Recorder("parent", probe.Ref)));
        probe.ExpectMsg("PreStart parent");
        parent.Tell(new SpawnChild("child1"));
        probe.ExpectMsg("PreStart child1");
        parent.Tell(new SpawnChild("child2"));
        probe.ExpectMsg("PreStart child2");
        probe.Watch(parent);
        Sys.Stop(parent);
        var stops = new[] { probe.ExpectMsg<string>(), probe.ExpectMsg<string>() }.Order().ToArray();
        Assert.Equal(["PostStop child1", "PostStop child2"], stops);
        probe.ExpectMsg("PostStop parent");
        probe.ExpectTerminated(parent);
    }

    [Fact]
    public void Default_PreRestart_stops_the_children_and_PostRestart_runs_PreStart()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Recorder("parent", probe.Ref)));
        probe.ExpectMsg("PreStart parent");
        parent.Tell(new SpawnChild("child"));
        probe.ExpectMsg("PreStart child");
        parent.Tell("fail");
        var stops = new[] { probe.ExpectMsg<string>(), probe.ExpectMsg<string>() }.Order().ToArray();
        Assert.Equal(["PostStop child", "PostStop parent"], stops);
        probe.ExpectMsg("PreStart parent");
        parent.Tell(new SpawnChild("child"));
        probe.ExpectMsg("PreStart child");
    }

    [Fact]
    public void Stop_from_inside_takes_effect_after_the_current_message()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Recorder("self", probe.Ref)));
        probe.ExpectMsg("PreStart self");
        actor.Tell("stop");
        actor.Tell("never");
        probe.ExpectMsg("self got stop");
        probe.ExpectMsg("PostStop self");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void An_exception_in_PostStop_is_logged_and_the_actor_still_terminates()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new ThrowsInPostStop()));
        probe.Watch(actor);
        Sys.Stop(actor);
        probe.ExpectTerminated(actor);
        AwaitLogs(entries => entries.Any(e => e.Message.Contains("PostStop of", StringComparison.Ordinal) && e.Exception is not null));
    }

    [Fact]
    public void A_parent_with_thousands_of_children_stops_after_all_of_them()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Recorder("big", probe.Ref)));
        probe.ExpectMsg("PreStart big");
        parent.Tell(new SpawnMany(5_000));
        probe.ExpectMsg("spawned 5000", TimeSpan.FromSeconds(20));
        probe.Watch(parent);
        Sys.Stop(parent);
        probe.FishForMessage<object>(m => m is Terminated, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Top_level_actors_created_concurrently_get_unique_generated_names()
    {
        var refs = new System.Collections.Concurrent.ConcurrentBag<IActorRef>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                refs.Add(Sys.ActorOf(Props.Create(() => new Quiet())));
            }
        });
        Assert.Equal(8_000, refs.Select(r => r.Path.Name).Distinct().Count());
    }

    [Fact]
    public async Task Terminate_stops_all_actors_and_completes()
    {
        var probe = CreateTestProbe();
        Sys.ActorOf(Props.Create(() => new Recorder("x", probe.Ref)));
        probe.ExpectMsg("PreStart x");
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
        probe.ExpectMsg("PostStop x");
        Assert.True(Sys.WhenTerminated.IsCompletedSuccessfully);
    }

    private sealed record SpawnChild(string Name);

    private sealed record SpawnMany(int Count);

    private sealed class Quiet : ActorBase
    {
        protected override bool Receive(object message) => true;
    }

    private sealed class Recorder : ReceiveActor
    {
        private readonly string _name;
        private readonly IActorRef _probe;

        public Recorder(string name, IActorRef probe)
        {
            _name = name;
            _probe = probe;
            Receive<SpawnMany>(spawn =>
            {
                for (var i = 0; i < spawn.Count; i++)
                {
                    Context.ActorOf(Props.Create(() => new Quiet()));
                }
                probe.Tell($"spawned {Context.Children.Count}");
            });
            Receive<SpawnChild>(spawn => Context.ActorOf(Props.Create(() => new Recorder(spawn.Name, probe)), spawn.Name));
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => s == "stop", _ =>
            {
                Context.Stop(Self);
                probe.Tell($"{_name} got stop");
            });
            Receive<string>(s => probe.Tell($"{_name} got {s}"));
        }

        protected override void PreStart() => _probe.Tell($"PreStart {_name}");

        protected override void PostStop() => _probe.Tell($"PostStop {_name}");
    }

    private sealed class ThrowsInPostStop : ActorBase
    {
        protected override bool Receive(object message) => true;

        protected override void PostStop() => throw new InvalidOperationException("bad PostStop");
    }
}
