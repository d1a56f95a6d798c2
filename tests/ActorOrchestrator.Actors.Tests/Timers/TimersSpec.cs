using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Timers;

public sealed class TimersSpec : KernelSpec
{
    private readonly ManualTimeProvider _time;

    public TimersSpec()
        : this(new ManualTimeProvider())
    {
    }

    private TimersSpec(ManualTimeProvider time)
        : base(time: time)
    {
        _time = time;
    }

    [Fact]
    public void A_single_timer_fires_once_after_its_delay()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new StartSingle("k", "tick", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        _time.Advance(TimeSpan.FromMilliseconds(999));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        probe.ExpectMsg("tick");
        _time.Advance(TimeSpan.FromSeconds(10));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        actor.Tell(new IsActive("k"));
        probe.ExpectMsg(false);
    }

    [Fact]
    public void A_periodic_timer_fires_every_interval()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new StartPeriodic("k", "tick", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            probe.ExpectMsg("tick");
        }
        actor.Tell(new IsActive("k"));
        probe.ExpectMsg(true);
    }

    [Fact]
    public void Re_arming_a_key_cancels_the_old_timer()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new StartSingle("k", "old", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        actor.Tell(new StartSingle("k", "new", TimeSpan.FromSeconds(2)));
        probe.ExpectMsg("started");
        _time.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectMsg("new");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void A_tick_already_queued_when_the_timer_is_cancelled_is_dropped()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new StartSingle("k", "stale", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        using var gate = new ManualResetEventSlim();
        actor.Tell(new BlockThen(gate, timers => timers.Cancel("k")));
        probe.ExpectMsg("blocking");
        _time.Advance(TimeSpan.FromSeconds(1));
        gate.Set();
        probe.ExpectMsg("done");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_tick_already_queued_when_the_key_is_re_armed_is_dropped()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new StartSingle("k", "stale", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        using var gate = new ManualResetEventSlim();
        actor.Tell(new BlockThen(gate, timers => timers.StartSingleTimer("k", "fresh", TimeSpan.FromSeconds(1))));
        probe.ExpectMsg("blocking");
        _time.Advance(TimeSpan.FromSeconds(1));
        gate.Set();
        probe.ExpectMsg("done");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("fresh");
    }

    [Fact]
    public void Timers_are_cancelled_on_restart()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new StartPeriodic("k", "tick", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        actor.Tell("fail");
        probe.ExpectMsg("restarted");
        _time.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, _time.PendingTimers);
    }

    [Fact]
    public void Timers_are_cancelled_on_stop()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        probe.Watch(actor);
        actor.Tell(new StartPeriodic("k", "tick", TimeSpan.FromSeconds(1)));
        probe.ExpectMsg("started");
        Sys.Stop(actor);
        probe.ExpectTerminated(actor);
        Assert.Equal(0, _time.PendingTimers);
    }

    [Fact]
    public void The_system_scheduler_tells_once_and_repeatedly_until_cancelled()
    {
        var probe = CreateTestProbe();
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(1), probe.Ref, "once", ActorRefs.NoSender);
        var repeated = Sys.Scheduler.ScheduleTellRepeatedly(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), probe.Ref, "again", ActorRefs.NoSender);
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("once");
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("again");
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("again");
        repeated.Cancel();
        Assert.True(repeated.IsCancellationRequested);
        _time.Advance(TimeSpan.FromSeconds(5));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void A_receive_timeout_fires_after_inactivity_and_is_reset_by_messages()
    {
        var probe = CreateTestProbe();
        var actor = Start(probe);
        actor.Tell(new SetTimeout(TimeSpan.FromSeconds(2)));
        probe.ExpectMsg("started");
        _time.Advance(TimeSpan.FromSeconds(1.5));
        actor.Tell("ping");
        probe.ExpectMsg("pong");
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("receive timeout");
    }

    private IActorRef Start(TestProbe probe) => Sys.ActorOf(Props.Create(() => new TimerActor(probe.Ref)));

    private sealed record StartSingle(string Key, string Message, TimeSpan Delay);

    private sealed record StartPeriodic(string Key, string Message, TimeSpan Interval);

    private sealed record CancelTimer(string Key);

    private sealed record IsActive(string Key);

    private sealed record SetTimeout(TimeSpan Timeout);

    private sealed record BlockThen(ManualResetEventSlim Gate, Action<ITimerScheduler> Then);

    private sealed class TimerActor : ReceiveActor, IWithTimers
    {
        private readonly IActorRef _probe;

        public TimerActor(IActorRef probe)
        {
            _probe = probe;
            Receive<StartSingle>(start =>
            {
                Timers.StartSingleTimer(start.Key, start.Message, start.Delay);
                probe.Tell("started");
            });
            Receive<StartPeriodic>(start =>
            {
                Timers.StartPeriodicTimer(start.Key, start.Message, start.Interval);
                probe.Tell("started");
            });
            Receive<CancelTimer>(cancel => Timers.Cancel(cancel.Key));
            Receive<IsActive>(query => probe.Tell(Timers.IsTimerActive(query.Key)));
            Receive<SetTimeout>(set =>
            {
                Context.SetReceiveTimeout(set.Timeout);
                probe.Tell("started");
            });
            Receive<ReceiveTimeout>(_ => probe.Tell("receive timeout"));
            Receive<BlockThen>(block =>
            {
                probe.Tell("blocking");
                block.Gate.Wait(TimeSpan.FromSeconds(10));
                block.Then(Timers);
                probe.Tell("done");
            });
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("fail"));
            Receive<string>(s => s == "ping", _ => probe.Tell("pong"));
            Receive<string>(s => probe.Tell(s));
        }

        public ITimerScheduler Timers { get; set; } = null!;

        protected override void PostRestart(Exception reason) => _probe.Tell("restarted");
    }
}
