using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

public sealed class ProcessContainerAdoptionSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task A_new_runtime_adopts_running_containers_and_reports_exits_that_happened_while_none_watched()
    {
        var server = await _scope.RunAsync("server", "sh", "-c", "echo serving; while [ ! -e stop-server ]; do sleep 0.05; done; echo stopping; exit 0");
        var job = await _scope.RunAsync("job", "sh", "-c", "while [ ! -e finish-job ]; do sleep 0.05; done; echo said while unwatched; exit 7");
        var serverBefore = await _scope.Runtime.ContainerStatusAsync(server);
        var serverPids = _scope.PidsOf(server);
        var workDirectory = (await _scope.Runtime.ListPodSandboxesAsync()).Single().Directory;

        await _scope.Runtime.DisposeAsync();
        await File.WriteAllTextAsync(Path.Combine(workDirectory, "finish-job"), "");
        await WaitUntilAsync(() => File.Exists(Path.Combine(_scope.ContainerDirectory(job), "exit")), "the job's supervisor to record its exit");
        var runtime = await _scope.ReopenAsync();

        var containers = await runtime.ListContainersAsync();
        Assert.Equal(2, containers.Count);
        var serverAfter = containers.Single(container => container.Id == server);
        Assert.Equal(ContainerState.Running, serverAfter.State);
        Assert.Equal(serverBefore.StartedAt, serverAfter.StartedAt);
        Assert.Equal(serverPids, _scope.PidsOf(server));
        var jobAfter = containers.Single(container => container.Id == job);
        Assert.Equal(ContainerState.Exited, jobAfter.State);
        Assert.Equal(7, jobAfter.ExitCode);
        Assert.Equal(RuntimeReasons.Error, jobAfter.Reason);
        Assert.Equal("said while unwatched\n", await _scope.LogOfAsync(job));

        await File.WriteAllTextAsync(Path.Combine(workDirectory, "stop-server"), "");
        var serverExit = await _scope.ExitOfAsync(server);
        Assert.Equal(0, serverExit.ExitCode);
        Assert.Equal("serving\nstopping\n", await _scope.LogOfAsync(server));
        Assert.Equal(2, (await runtime.ListContainersAsync()).Count);
    }

    [Fact]
    public async Task An_adopted_container_can_be_stopped_and_its_process_group_is_gone()
    {
        var id = await _scope.RunAsync("server", "sh", "-c", "sleep 300 & wait");
        var (_, pid) = _scope.PidsOf(id);

        var runtime = await _scope.ReopenAsync();
        Assert.Equal(ContainerState.Running, (await runtime.ContainerStatusAsync(id)).State);
        await runtime.StopContainerAsync(id, TimeSpan.FromSeconds(10));

        Assert.Equal(143, (await runtime.ContainerStatusAsync(id)).ExitCode);
        Assert.Empty(ProcessRuntimeScope.LiveMembersOf(pid));
    }

    [Fact]
    public async Task A_container_that_vanished_without_a_recorded_exit_is_reported_as_status_unknown()
    {
        var id = await _scope.RunAsync("victim", "sleep", "300");
        var (supervisor, child) = _scope.PidsOf(id);
        await _scope.Runtime.DisposeAsync();

        KillAndWait(supervisor);
        KillAndWait(child);
        var runtime = await _scope.ReopenAsync();

        var status = await runtime.ContainerStatusAsync(id);
        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(137, status.ExitCode);
        Assert.Equal(RuntimeReasons.ContainerStatusUnknown, status.Reason);
    }

    [Fact]
    public async Task Only_one_runtime_at_a_time_may_use_a_state_directory()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => ProcessContainerRuntime.OpenAsync(_scope.StateDirectory, _scope.Settings, ProcessRuntimeScope.HostIp));

        Assert.Contains("already uses", failure.Message, StringComparison.Ordinal);
    }

    private static void KillAndWait(int pid)
    {
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }
}
