using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.NodeAgent.Agent.Status;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class PodStatusBuilderSpec
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Running_and_ready_containers_make_a_running_ready_pod()
    {
        var status = PodStatusBuilder.Build(Pod("Always"), Snapshot([Running("web", ready: true)]), T0);

        Assert.Equal("Running", status.Phase);
        Assert.Equal("True", Condition(status, "Ready").Status);
        Assert.Equal("True", Condition(status, "ContainersReady").Status);
        Assert.Equal("True", Condition(status, "Initialized").Status);
        Assert.Equal("True", Condition(status, "PodScheduled").Status);
        Assert.Equal("127.0.0.1", status.PodIP);
        Assert.Equal(T0, status.StartTime);
        var web = Assert.Single(status.ContainerStatuses!);
        Assert.True(web.Ready);
        Assert.True(web.Started);
        Assert.Equal("process://abc", web.ContainerID);
    }

    [Fact]
    public void An_unready_container_names_itself_in_the_ready_condition_and_transition_times_hold_while_unchanged()
    {
        var first = PodStatusBuilder.Build(Pod("Always"), Snapshot([Running("web", ready: false), Running("side", ready: true)]), T0);
        var ready = Condition(first, "Ready");
        Assert.Equal("False", ready.Status);
        Assert.Equal("ContainersNotReady", ready.Reason);
        Assert.Equal("containers with unready status: [web]", ready.Message);

        var pod = Pod("Always") with { Status = first };
        var again = PodStatusBuilder.Build(pod, Snapshot([Running("web", ready: false), Running("side", ready: true)]), T0.AddMinutes(1));
        Assert.Equal(T0, Condition(again, "Ready").LastTransitionTime);
        var turned = PodStatusBuilder.Build(pod, Snapshot([Running("web", ready: true), Running("side", ready: true)]), T0.AddMinutes(2));
        Assert.Equal(T0.AddMinutes(2), Condition(turned, "Ready").LastTransitionTime);
    }

    [Theory]
    [InlineData("Always", 0, "Running")]
    [InlineData("OnFailure", 0, "Succeeded")]
    [InlineData("Never", 0, "Succeeded")]
    [InlineData("Never", 3, "Failed")]
    public void Terminated_containers_give_the_phase_the_restart_policy_implies(string policy, int exitCode, string phase)
    {
        var status = PodStatusBuilder.Build(Pod(policy), Snapshot([Terminated("web", exitCode)]), T0);

        Assert.Equal(phase, status.Phase);
    }

    [Fact]
    public void A_container_in_crash_loop_back_off_keeps_an_always_pod_running()
    {
        var crashing = new ContainerRecord("web", "busybox")
        {
            State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff" } },
            LastTerminated = new ContainerStateTerminated { ExitCode = 1, Reason = "Error" },
            RestartCount = 2,
        };

        var status = PodStatusBuilder.Build(Pod("Always"), Snapshot([crashing]), T0);

        Assert.Equal("Running", status.Phase);
        Assert.Equal(2, status.ContainerStatuses![0].RestartCount);
        Assert.Equal(1, status.ContainerStatuses[0].LastState!.Terminated!.ExitCode);
    }

    [Fact]
    public void A_pending_init_container_keeps_the_pod_pending_and_uninitialized_and_a_failed_one_fails_a_never_pod()
    {
        var waiting = new ContainerRecord("web", "busybox");
        var pending = PodStatusBuilder.Build(Pod("Never"), Snapshot([waiting], [Running("setup", ready: false)]), T0);
        Assert.Equal("Pending", pending.Phase);
        Assert.Equal("containers with incomplete status: [setup]", Condition(pending, "Initialized").Message);

        var failed = PodStatusBuilder.Build(Pod("Never"), Snapshot([waiting], [Terminated("setup", 1)]), T0);
        Assert.Equal("Failed", failed.Phase);
    }

    private static Pod Pod(string restartPolicy) => new()
    {
        Metadata = new ObjectMeta { Name = "web-abc", Namespace = "default", Uid = "u1" },
        Spec = new PodSpec { RestartPolicy = restartPolicy, NodeName = "node-1" },
    };

    private static PodSnapshot Snapshot(IReadOnlyList<ContainerRecord> containers, IReadOnlyList<ContainerRecord>? init = null) =>
        new(true, "127.0.0.1", "127.0.0.1", T0, init ?? [], containers);

    private static ContainerRecord Running(string name, bool ready) => new(name, "busybox")
    {
        ContainerId = "abc",
        QualifiedId = "process://abc",
        State = new ContainerState { Running = new ContainerStateRunning { StartedAt = T0 } },
        Ready = ready,
        Started = true,
    };

    private static ContainerRecord Terminated(string name, int exitCode) => new(name, "busybox")
    {
        State = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = exitCode, Reason = exitCode == 0 ? "Completed" : "Error" } },
    };

    private static PodCondition Condition(PodStatus status, string type) => status.Conditions!.Single(condition => condition.Type == type);
}
