using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class AgentAdoptionSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private AgentHarness _node = null!;

    public async Task InitializeAsync() => _node = await AgentHarness.StartAsync(output);

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task A_restarted_agent_adopts_running_containers_without_a_duplicate_and_keeps_restart_counts()
    {
        var once = Path.Combine(_node.Work, "crashed-once");
        var script = $"echo start >> {_node.Work}/starts; if [ ! -f {once} ]; then touch {once}; exit 1; fi; sleep 600";
        await _node.CreatePodAsync("steady", new PodSpec { Containers = [AgentHarness.Shell("web", script)] });
        var before = await _node.WaitForPodAsync("steady", p => AgentHarness.Container(p) is { RestartCount: 1, State.Running: not null }, "ran after one crash");
        var containerId = AgentHarness.Container(before).ContainerID;

        await _node.DropAgentAsync();
        Assert.Equal(2, _node.Lines("starts"));
        await _node.StartAgentAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var after = await _node.WaitForPodAsync("steady", p => AgentHarness.Container(p).State?.Running is not null, "kept running");
        Assert.Equal(containerId, AgentHarness.Container(after).ContainerID);
        Assert.Equal(1, AgentHarness.Container(after).RestartCount);
        Assert.Equal(2, _node.Lines("starts"));
        var running = await _node.Runtime!.ListContainersAsync(new NodeAgent.Runtime.ContainerFilter { State = NodeAgent.Runtime.ContainerState.Running });
        Assert.Single(running);
    }

    [Fact]
    public async Task Containers_of_a_pod_deleted_while_the_agent_was_away_are_stopped_and_removed()
    {
        await _node.CreatePodAsync("orphan", new PodSpec { Containers = [AgentHarness.Shell("web", "sleep 600")] });
        await _node.WaitForPodAsync("orphan", p => AgentHarness.Container(p).State?.Running is not null, "ran");

        await _node.DropAgentAsync();
        await _node.Client.DeleteAsync(new ResourceKey(ResourceKinds.Pod, "default", "orphan"), new DeleteOptions { GracePeriodSeconds = 0 }, CancellationToken.None);
        await _node.WaitForPodGoneAsync("orphan");
        await _node.StartAgentAsync();

        await _node.WaitForNoSandboxesAsync();
    }
}
