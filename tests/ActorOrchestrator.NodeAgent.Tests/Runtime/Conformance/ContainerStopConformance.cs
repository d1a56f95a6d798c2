using System.Diagnostics;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>Stopping: SIGTERM first, SIGKILL after the grace period.</summary>
public abstract class ContainerStopConformance : ConformanceSpec
{
    [Fact]
    public async Task Stop_sends_SIGTERM_and_a_container_that_honours_it_exits_its_own_way()
    {
        var id = await Scope.RunAsync("polite", "sh", "-c", "trap 'echo bye; exit 0' TERM; echo ready; while :; do sleep 0.05; done");
        await Scope.WaitForLogAsync(id, "ready\n");

        var watch = Stopwatch.StartNew();
        await Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(30));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed}");
        var status = await Runtime.ContainerStatusAsync(id);
        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(0, status.ExitCode);

        // The shell also reports on stderr that its sleep was terminated: only the container's own words are checked.
        var log = await Scope.LogOfAsync(id);
        Assert.StartsWith("ready\n", log, StringComparison.Ordinal);
        Assert.Contains("bye\n", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_container_ignoring_SIGTERM_is_killed_after_the_grace_period()
    {
        var id = await Scope.RunAsync("stubborn", "sh", "-c", "trap '' TERM; echo ready; while :; do sleep 0.05; done");
        await Scope.WaitForLogAsync(id, "ready\n");

        var watch = Stopwatch.StartNew();
        await Runtime.StopContainerAsync(id, TimeSpan.FromMilliseconds(700));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(650), $"killed after {watch.Elapsed}, before the grace period ended");
        var status = await Runtime.ContainerStatusAsync(id);
        Assert.Equal(137, status.ExitCode);
        Assert.Equal(RuntimeReasons.Error, status.Reason);
    }

    [Fact]
    public async Task A_zero_grace_period_kills_at_once()
    {
        var id = await Scope.RunAsync("server", "sleep", "300");

        await Runtime.StopContainerAsync(id, TimeSpan.Zero);

        Assert.Equal(137, (await Runtime.ContainerStatusAsync(id)).ExitCode);
    }

    [Fact]
    public async Task Stopping_a_container_that_is_not_running_does_nothing()
    {
        var id = await Scope.RunAsync("done", "true");
        var exited = await Scope.ExitOfAsync(id);

        await Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(1));

        Assert.Equal(exited, await Runtime.ContainerStatusAsync(id));
    }
}
