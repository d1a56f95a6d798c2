using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

/// <summary>Stop signals reach the whole process group, and nothing of a container outlives it.</summary>
public sealed class ProcessContainerStopSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task Stop_reaches_the_children_of_the_container_process()
    {
        var id = await _scope.RunAsync("parent", "sh", "-c", "sleep 300 & sleep 300 & echo ready; wait");
        await _scope.WaitForLogAsync(id, "ready\n");
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
}
