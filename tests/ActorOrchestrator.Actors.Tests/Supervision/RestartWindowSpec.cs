using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Supervision;

public sealed class RestartWindowSpec : KernelSpec
{
    private readonly ManualTimeProvider _time;

    public RestartWindowSpec()
        : this(new ManualTimeProvider())
    {
    }

    private RestartWindowSpec(ManualTimeProvider time)
        : base(time: time)
    {
        _time = time;
    }

    [Fact]
    public void The_retry_window_restarts_counting_once_it_has_passed()
    {
        var probe = CreateTestProbe();
        var strategy = new OneForOneStrategy(1, TimeSpan.FromSeconds(10), _ => Directive.Restart);
        var parent = Sys.ActorOf(Props.Create(() => new SupervisionSpec.Supervisor(strategy, probe.Ref)));
        var child = SupervisionSpec.SpawnChild(probe, parent, "child");
        probe.Watch(child);
        for (var i = 0; i < 3; i++)
        {
            child.Tell("fail");
            probe.ExpectMsg("PreRestart child: boom (message fail)");
            probe.ExpectMsg("PostStop child");
            probe.ExpectMsg("PostRestart child");
            _time.Advance(TimeSpan.FromSeconds(11));
        }
        child.Tell("fail");
        probe.ExpectMsg("PreRestart child: boom (message fail)");
        probe.ExpectMsg("PostStop child");
        probe.ExpectMsg("PostRestart child");
        child.Tell("fail");
        probe.ExpectMsg("PostStop child");
        probe.ExpectTerminated(child);
    }
}
