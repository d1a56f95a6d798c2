using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Backoff;

public sealed class BackoffSupervisorSpec : KernelSpec
{
    private readonly ManualTimeProvider _time;

    public BackoffSupervisorSpec()
        : this(new ManualTimeProvider())
    {
    }

    private BackoffSupervisorSpec(ManualTimeProvider time)
        : base(time: time)
    {
        _time = time;
    }

    [Fact]
    public void Delays_double_from_min_up_to_max()
    {
        var min = TimeSpan.FromSeconds(1);
        var max = TimeSpan.FromSeconds(10);
        Assert.Equal(TimeSpan.FromSeconds(1), BackoffSupervisor.CalculateDelay(0, min, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(2), BackoffSupervisor.CalculateDelay(1, min, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(8), BackoffSupervisor.CalculateDelay(3, min, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(10), BackoffSupervisor.CalculateDelay(4, min, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(10), BackoffSupervisor.CalculateDelay(100, min, max, 0));
    }

    [Fact]
    public void Jitter_stretches_each_delay_by_at_most_the_random_factor()
    {
        for (var i = 0; i < 200; i++)
        {
            var delay = BackoffSupervisor.CalculateDelay(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0.5);
            Assert.InRange(delay, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3));
        }
    }

    [Fact]
    public void On_stop_the_child_is_re_created_after_growing_delays()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(BackoffOptions.OnStop(
            Props.Create(() => new Worker(probe.Ref)), "worker", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), 0)));
        probe.ExpectMsg("started");
        foreach (var expectedDelay in new[] { 1, 2, 4, 4 })
        {
            supervisor.Tell("stop");
            probe.ExpectMsg("stopping");
            AwaitCurrentChild(supervisor, present: false);
            _time.Advance(TimeSpan.FromSeconds(expectedDelay) - TimeSpan.FromMilliseconds(1));
            probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
            _time.Advance(TimeSpan.FromMilliseconds(1));
            probe.ExpectMsg("started");
        }
    }

    [Fact]
    public void The_backoff_resets_once_the_child_ran_for_min_backoff()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(BackoffOptions.OnStop(
            Props.Create(() => new Worker(probe.Ref)), "worker", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0)));
        probe.ExpectMsg("started");
        supervisor.Tell("stop");
        probe.ExpectMsg("stopping");
        AwaitCurrentChild(supervisor, present: false);
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("started");
        probe.Send(supervisor, GetRestartCount.Instance);
        Assert.Equal(1, probe.ExpectMsg<RestartCount>().Count);
        _time.Advance(TimeSpan.FromSeconds(1));
        AwaitRestartCount(probe, supervisor, 0);
        supervisor.Tell("stop");
        probe.ExpectMsg("stopping");
        AwaitCurrentChild(supervisor, present: false);
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("started");
    }

    [Fact]
    public void On_failure_the_child_is_re_created_after_the_backoff_and_a_voluntary_stop_ends_the_supervisor()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(BackoffOptions.OnFailure(
            Props.Create(() => new Worker(probe.Ref)), "worker", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), 0)));
        probe.Watch(supervisor);
        probe.ExpectMsg("started");
        supervisor.Tell("fail");
        AwaitCurrentChild(supervisor, present: false);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(50));
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("started");
        supervisor.Tell("stop");
        probe.ExpectMsg("stopping");
        probe.ExpectTerminated(supervisor);
    }

    [Fact]
    public void Messages_are_forwarded_to_the_child_with_their_sender()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(BackoffOptions.OnStop(
            Props.Create(() => new Worker(probe.Ref)), "worker", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), 0)));
        probe.ExpectMsg("started");
        probe.Send(supervisor, "echo");
        probe.ExpectMsg("echo");
        Assert.Equal("worker", probe.LastSender.Path.Name);
    }

    [Fact]
    public void After_max_retries_the_supervisor_stops()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(BackoffOptions.OnStop(
            Props.Create(() => new Worker(probe.Ref)), "worker", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), 0).WithMaxNrOfRetries(1)));
        probe.Watch(supervisor);
        probe.ExpectMsg("started");
        supervisor.Tell("stop");
        probe.ExpectMsg("stopping");
        AwaitCurrentChild(supervisor, present: false);
        _time.Advance(TimeSpan.FromSeconds(1));
        probe.ExpectMsg("started");
        supervisor.Tell("stop");
        probe.ExpectMsg("stopping");
        probe.ExpectTerminated(supervisor);
    }

    private void AwaitCurrentChild(IActorRef supervisor, bool present)
    {
        var probe = CreateTestProbe();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            probe.Send(supervisor, GetCurrentChild.Instance);
            if ((probe.ExpectMsg<CurrentChild>().Ref is not null) == present)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "the backoff supervisor's child did not reach the expected state");
            Thread.Sleep(5);
        }
    }

    private static void AwaitRestartCount(TestProbe probe, IActorRef supervisor, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            probe.Send(supervisor, GetRestartCount.Instance);
            if (probe.ExpectMsg<RestartCount>().Count == expected)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"restart count did not become {expected}");
            Thread.Sleep(5);
        }
    }

    private sealed class Worker : ReceiveActor
    {
        public Worker(IActorRef probe)
        {
            Receive<string>(s => s == "stop", _ =>
            {
                probe.Tell("stopping");
                Context.Stop(Self);
            });
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("worker failed"));
            Receive<string>(s => Sender.Tell(s));
            probe.Tell("started");
        }
    }
}
