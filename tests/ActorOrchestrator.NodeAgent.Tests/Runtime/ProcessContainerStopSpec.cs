using System.Diagnostics;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

public sealed class ProcessContainerStopSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task Stop_sends_SIGTERM_and_a_container_that_honours_it_exits_its_own_way()
    {
        var id = await _scope.RunAsync("polite", "sh", "-c", "trap 'echo bye; exit 0' TERM; echo ready; while :; do sleep 0.05; done");
        await WaitForLogAsync(id, "ready\n");

        var watch = Stopwatch.StartNew();
        await _scope.Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(30));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed}");
        var status = await _scope.Runtime.ContainerStatusAsync(id);
        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(0, status.ExitCode);
        // dash also reports on stderr that its sleep was terminated: only the container's own words are checked.
        var log = await _scope.LogOfAsync(id);
        Assert.StartsWith("ready\n", log, StringComparison.Ordinal);
        Assert.Contains("bye\n", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_container_ignoring_SIGTERM_is_killed_after_the_grace_period()
    {
        var id = await _scope.RunAsync("stubborn", "sh", "-c", "trap '' TERM; echo ready; while :; do sleep 0.05; done");
        await WaitForLogAsync(id, "ready\n");

        var watch = Stopwatch.StartNew();
        await _scope.Runtime.StopContainerAsync(id, TimeSpan.FromMilliseconds(700));

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(650), $"killed after {watch.Elapsed}, before the grace period ended");
        var status = await _scope.Runtime.ContainerStatusAsync(id);
        Assert.Equal(137, status.ExitCode);
        Assert.Equal(RuntimeReasons.Error, status.Reason);
    }

    [Fact]
    public async Task Stop_reaches_the_children_of_the_container_process()
    {
        var id = await _scope.RunAsync("parent", "sh", "-c", "sleep 300 & sleep 300 & echo ready; wait");
        await WaitForLogAsync(id, "ready\n");
        var (_, pid) = _scope.PidsOf(id);
        Assert.Equal(3, ProcessRuntimeScope.LiveMembersOf(pid).Count);

        await _scope.Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(143, (await _scope.Runtime.ContainerStatusAsync(id)).ExitCode);
        Assert.Empty(ProcessRuntimeScope.LiveMembersOf(pid));
    }

    [Fact]
    public async Task Processes_left_behind_by_an_exited_main_process_are_killed()
    {
        var id = await _scope.RunAsync("leaky", "sh", "-c", "sleep 300 & echo ready");
        var (_, pid) = _scope.PidsOf(id);

        await _scope.ExitOfAsync(id);

        Assert.Empty(ProcessRuntimeScope.LiveMembersOf(pid));
    }

    [Fact]
    public async Task A_SIGTERM_sent_to_the_supervisor_is_forwarded_and_the_exit_still_recorded()
    {
        var id = await _scope.RunAsync("server", "sleep", "300");
        var (supervisor, _) = _scope.PidsOf(id);

        Assert.True(Posix.SignalProcess(supervisor, Posix.SigTerm));

        var status = await _scope.ExitOfAsync(id);
        Assert.Equal(143, status.ExitCode);
        Assert.Equal(RuntimeReasons.Error, status.Reason);
    }

    [Fact]
    public async Task Stopping_a_container_that_is_not_running_does_nothing()
    {
        var id = await _scope.RunAsync("done", "true");
        var exited = await _scope.ExitOfAsync(id);

        await _scope.Runtime.StopContainerAsync(id, TimeSpan.FromSeconds(1));

        Assert.Equal(exited, await _scope.Runtime.ContainerStatusAsync(id));
    }

    private async Task WaitForLogAsync(string id, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await _scope.LogOfAsync(id) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the log never became {expected}");
            await Task.Delay(20);
        }
    }
}
