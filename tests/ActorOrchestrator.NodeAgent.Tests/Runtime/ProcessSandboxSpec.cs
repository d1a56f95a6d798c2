using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

public sealed class ProcessSandboxSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task A_sandbox_is_a_ready_directory_on_the_host_network()
    {
        var config = _scope.SandboxConfig("web");

        var id = await _scope.Runtime.RunPodSandboxAsync(config);

        var status = await _scope.Runtime.PodSandboxStatusAsync(id);
        Assert.Equal(PodSandboxState.Ready, status.State);
        Assert.Equal(ProcessRuntimeScope.HostIp, status.Ip);
        Assert.Equal(config.Metadata, status.Metadata);
        Assert.True(Directory.Exists(status.Directory));
        Assert.True(Directory.Exists(config.LogDirectory));
        Assert.Equal("process", _scope.Runtime.Name);
    }

    [Fact]
    public async Task Stopping_a_sandbox_kills_its_containers_and_refuses_new_ones()
    {
        var id = await _scope.RunAsync("server", "sleep", "300");
        var sandboxId = (await _scope.Runtime.ContainerStatusAsync(id)).SandboxId;

        await _scope.Runtime.StopPodSandboxAsync(sandboxId);

        Assert.Equal(137, (await _scope.Runtime.ContainerStatusAsync(id)).ExitCode);
        Assert.Equal(PodSandboxState.NotReady, (await _scope.Runtime.PodSandboxStatusAsync(sandboxId)).State);
        var refused = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => _scope.Runtime.CreateContainerAsync(sandboxId, _scope.ContainerConfig("late", "true"), _scope.SandboxConfig()));
        Assert.Equal(RuntimeReasons.NotRunning, refused.Reason);
    }

    [Fact]
    public async Task Removing_a_sandbox_removes_its_containers_but_keeps_their_logs()
    {
        var id = await _scope.RunAsync("app", "echo", "kept");
        var status = await _scope.ExitOfAsync(id);

        await _scope.Runtime.RemovePodSandboxAsync(status.SandboxId);

        Assert.Empty(await _scope.Runtime.ListPodSandboxesAsync());
        Assert.Empty(await _scope.Runtime.ListContainersAsync());
        Assert.True(File.Exists(status.LogPath));
        await _scope.Runtime.RemovePodSandboxAsync(status.SandboxId);
    }

    [Fact]
    public async Task Containers_are_listed_by_sandbox_state_and_labels()
    {
        var running = await _scope.RunAsync("server", "sleep", "300");
        var done = await _scope.RunAsync("init", "true");
        await _scope.ExitOfAsync(done);

        var byState = await _scope.Runtime.ListContainersAsync(new ContainerFilter { State = ContainerState.Running });
        var byLabel = await _scope.Runtime.ListContainersAsync(new ContainerFilter
        {
            LabelSelector = new Dictionary<string, string> { [RuntimeLabels.ContainerName] = "init" },
        });

        Assert.Equal(running, Assert.Single(byState).Id);
        Assert.Equal(done, Assert.Single(byLabel).Id);
        Assert.Equal(2, (await _scope.Runtime.ListContainersAsync(new ContainerFilter { SandboxId = byState[0].SandboxId })).Count);
    }
}
