using System.Diagnostics;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class AgentDeletionSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private AgentHarness _node = null!;

    public async Task InitializeAsync() => _node = await AgentHarness.StartAsync(output);

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task Graceful_deletion_sends_sigterm_and_the_pod_goes_once_the_container_has_exited()
    {
        var script = $"trap 'echo term >> {_node.Work}/signals; exit 0' TERM; while true; do sleep 0.1; done";
        await _node.CreatePodAsync("polite", new PodSpec { Containers = [AgentHarness.Shell("web", script)], TerminationGracePeriodSeconds = 20 });
        await _node.WaitForPodAsync("polite", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        var clock = Stopwatch.StartNew();

        var result = await _node.Client.DeleteAsync(new ResourceKey(ResourceKinds.Pod, "default", "polite"), DeleteOptions.Default, CancellationToken.None);

        Assert.False(result.Deleted);
        await _node.WaitForPodGoneAsync("polite");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Equal(["term"], File.ReadAllLines(Path.Combine(_node.Work, "signals")));
        Assert.Contains(_node.Events.For("polite"), e => e.Reason == "Killing" && e.Message == "Stopping container web");
        await _node.WaitForNoSandboxesAsync();
    }

    [Fact]
    public async Task A_container_that_ignores_sigterm_is_killed_after_the_grace_period()
    {
        await _node.CreatePodAsync("stubborn", new PodSpec { Containers = [AgentHarness.Shell("web", "trap '' TERM; while true; do sleep 0.1; done")] });
        await _node.WaitForPodAsync("stubborn", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        var clock = Stopwatch.StartNew();

        await _node.Client.DeleteAsync(new ResourceKey(ResourceKinds.Pod, "default", "stubborn"), new DeleteOptions { GracePeriodSeconds = 1 }, CancellationToken.None);

        await _node.WaitForPodGoneAsync("stubborn");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"gone after {clock.Elapsed}, before its grace period");
        await _node.WaitForNoSandboxesAsync();
    }
}
