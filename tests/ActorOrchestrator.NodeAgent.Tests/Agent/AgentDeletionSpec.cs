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

    [Fact]
    public async Task Post_start_runs_after_the_start_and_pre_stop_runs_before_sigterm()
    {
        var journal = Path.Combine(_node.Work, "journal");
        var script = $"trap 'echo term >> {journal}; exit 0' TERM; echo main >> {journal}; while true; do sleep 0.1; done";
        var spec = AgentHarness.Shell("web", script) with
        {
            Lifecycle = new Lifecycle
            {
                PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["/bin/sh", "-c", $"echo post-start >> {_node.Work}/hooks"] } },
                PreStop = new LifecycleHandler { Exec = new ExecAction { Command = ["/bin/sh", "-c", $"echo pre-stop >> {journal}"] } },
            },
        };
        await _node.CreatePodAsync("hooked", new PodSpec { Containers = [spec], TerminationGracePeriodSeconds = 10 });
        await _node.WaitForPodAsync("hooked", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        var deadline = DateTime.UtcNow + AgentHarness.Patience;
        while (_node.Lines("hooks") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await _node.Client.DeleteAsync(new ResourceKey(ResourceKinds.Pod, "default", "hooked"), DeleteOptions.Default, CancellationToken.None);
        await _node.WaitForPodGoneAsync("hooked");

        Assert.Equal(["post-start"], File.ReadAllLines(Path.Combine(_node.Work, "hooks")));
        Assert.Equal(["main", "pre-stop", "term"], File.ReadAllLines(journal));
    }

    [Fact]
    public async Task A_failing_post_start_hook_kills_the_container_and_says_so()
    {
        var spec = AgentHarness.Shell("web", "sleep 600") with
        {
            Lifecycle = new Lifecycle { PostStart = new LifecycleHandler { Exec = new ExecAction { Command = ["/bin/sh", "-c", "echo nope; exit 7"] } } },
        };
        await _node.CreatePodAsync("unhooked", new PodSpec { RestartPolicy = "Never", Containers = [spec], TerminationGracePeriodSeconds = 1 });

        var failed = await _node.WaitForPodAsync("unhooked", p => p.Status?.Phase == "Failed", "failed");

        Assert.NotNull(AgentHarness.Container(failed).State!.Terminated);
        Assert.Contains(_node.Events.For("unhooked"), e => e is { Type: "Warning", Reason: "FailedPostStartHook" } && e.Message.Contains("nope", StringComparison.Ordinal));
    }
}
