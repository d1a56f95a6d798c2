using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>Pod sandboxes: running, stopping, removing, listing; and finding them again after a restart.</summary>
public abstract class PodSandboxConformance : ConformanceSpec
{
    [Fact]
    public async Task A_sandbox_runs_ready_with_the_pod_IP_and_its_metadata()
    {
        var config = Scope.SandboxConfig("web");

        var id = await Runtime.RunPodSandboxAsync(config);

        var status = await Runtime.PodSandboxStatusAsync(id);
        Assert.Equal(PodSandboxState.Ready, status.State);
        Assert.False(string.IsNullOrEmpty(status.Ip));
        Assert.Equal(config.Metadata, status.Metadata);
        Assert.Equal("uid-web", status.Labels[RuntimeLabels.PodUid]);
    }

    [Fact]
    public async Task Stopping_a_sandbox_kills_its_containers_and_refuses_new_ones()
    {
        var id = await Scope.RunAsync("server", "sleep", "300");
        var sandboxId = (await Runtime.ContainerStatusAsync(id)).SandboxId;

        await Runtime.StopPodSandboxAsync(sandboxId);

        Assert.Equal(137, (await Runtime.ContainerStatusAsync(id)).ExitCode);
        Assert.Equal(PodSandboxState.NotReady, (await Runtime.PodSandboxStatusAsync(sandboxId)).State);
        var refused = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => Runtime.CreateContainerAsync(sandboxId, Scope.ContainerConfig("late", "true"), Scope.SandboxConfig()));
        Assert.Equal(RuntimeReasons.NotRunning, refused.Reason);
    }

    [Fact]
    public async Task Removing_a_sandbox_removes_its_containers_but_keeps_their_logs()
    {
        var id = await Scope.RunAsync("app", "echo", "kept");
        var status = await Scope.ExitOfAsync(id);

        await Runtime.RemovePodSandboxAsync(status.SandboxId);

        Assert.Empty(await Runtime.ListPodSandboxesAsync());
        Assert.Empty(await Runtime.ListContainersAsync());
        Assert.True(File.Exists(status.LogPath));
        await Runtime.RemovePodSandboxAsync(status.SandboxId);
    }

    [Fact]
    public async Task Containers_are_listed_by_sandbox_state_and_labels()
    {
        var running = await Scope.RunAsync("server", "sleep", "300");
        var done = await Scope.RunAsync("init", "true");
        await Scope.ExitOfAsync(done);

        var byState = await Runtime.ListContainersAsync(new ContainerFilter { State = ContainerState.Running });
        var byLabel = await Runtime.ListContainersAsync(new ContainerFilter
        {
            LabelSelector = new Dictionary<string, string> { [RuntimeLabels.ContainerName] = "init" },
        });

        Assert.Equal(running, Assert.Single(byState).Id);
        Assert.Equal(done, Assert.Single(byLabel).Id);
        Assert.Equal(2, (await Runtime.ListContainersAsync(new ContainerFilter { SandboxId = byState[0].SandboxId })).Count);
    }

    [Fact]
    public async Task After_a_restart_sandboxes_and_containers_are_found_by_their_labels_and_still_controllable()
    {
        var running = await Scope.RunAsync("server", "sleep", "300");
        var sandboxId = (await Runtime.ContainerStatusAsync(running)).SandboxId;
        var startedAt = (await Runtime.ContainerStatusAsync(running)).StartedAt;

        var runtime = await Scope.ReopenAsync();

        var sandbox = Assert.Single(await runtime.ListPodSandboxesAsync(new PodSandboxFilter
        {
            LabelSelector = new Dictionary<string, string> { [RuntimeLabels.PodName] = "web" },
        }));
        Assert.Equal(sandboxId, sandbox.Id);
        var container = Assert.Single(await runtime.ListContainersAsync(new ContainerFilter
        {
            LabelSelector = new Dictionary<string, string> { [RuntimeLabels.ContainerName] = "server" },
        }));
        Assert.Equal((running, ContainerState.Running, startedAt), (container.Id, container.State, container.StartedAt));
        await runtime.StopContainerAsync(running, TimeSpan.FromSeconds(10));
        Assert.Equal(143, (await runtime.ContainerStatusAsync(running)).ExitCode);
    }
}
