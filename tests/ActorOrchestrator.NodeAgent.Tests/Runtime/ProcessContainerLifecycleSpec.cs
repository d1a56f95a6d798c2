using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

public sealed class ProcessContainerLifecycleSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task A_container_runs_its_command_with_its_environment_in_the_sandbox_directory()
    {
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);
        var config = _scope.ContainerConfig("greeter", "sh", "-c", "echo \"$GREETING, $WHO\"; pwd") with
        {
            Env = [new("GREETING", "hello"), new("WHO", "first"), new("WHO", "world")],
        };
        var id = await _scope.Runtime.CreateContainerAsync(sandboxId, config, sandbox);
        Assert.Equal(ContainerState.Created, (await _scope.Runtime.ContainerStatusAsync(id)).State);

        await _scope.Runtime.StartContainerAsync(id);
        var exited = await _scope.ExitOfAsync(id);

        Assert.Equal(ContainerState.Exited, exited.State);
        Assert.Equal(0, exited.ExitCode);
        Assert.Equal(RuntimeReasons.Completed, exited.Reason);
        Assert.NotNull(exited.StartedAt);
        Assert.True(exited.FinishedAt >= exited.StartedAt?.AddSeconds(-1));
        var sandboxDirectory = (await _scope.Runtime.PodSandboxStatusAsync(sandboxId)).Directory;
        Assert.Equal($"hello, world\n{sandboxDirectory}\n", await _scope.LogOfAsync(id));
    }

    [Fact]
    public async Task A_relative_working_directory_is_created_inside_the_sandbox()
    {
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);
        var id = await _scope.Runtime.CreateContainerAsync(sandboxId, _scope.ContainerConfig("pwd", "pwd") with { WorkingDir = "data/app" }, sandbox);

        await _scope.Runtime.StartContainerAsync(id);
        await _scope.ExitOfAsync(id);

        var sandboxDirectory = (await _scope.Runtime.PodSandboxStatusAsync(sandboxId)).Directory;
        Assert.Equal(Path.Combine(sandboxDirectory, "data", "app") + "\n", await _scope.LogOfAsync(id));
    }

    [Theory]
    [InlineData("exit 3", 3, RuntimeReasons.Error)]
    [InlineData("exit 0", 0, RuntimeReasons.Completed)]
    [InlineData("kill -9 $$", 137, RuntimeReasons.Error)]
    public async Task The_exit_code_and_reason_are_reported(string script, int exitCode, string reason)
    {
        var id = await _scope.RunAsync("job", "sh", "-c", script);

        var exited = await _scope.ExitOfAsync(id);

        Assert.Equal(exitCode, exited.ExitCode);
        Assert.Equal(reason, exited.Reason);
    }

    [Fact]
    public async Task A_missing_binary_fails_the_start_with_Kubernetes_message_and_leaves_a_StartError()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _scope.RunAsync("broken", "nosuchcmd-ao-test", "--flag"));

        Assert.Equal(RuntimeReasons.RunContainerError, failure.Reason);
        Assert.Equal("exec: \"nosuchcmd-ao-test\": executable file not found in $PATH", failure.Message);
        var status = Assert.Single(await _scope.Runtime.ListContainersAsync());
        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(128, status.ExitCode);
        Assert.Equal(RuntimeReasons.StartError, status.Reason);
        Assert.Equal(failure.Message, status.Message);
        Assert.Equal(status, await _scope.ExitOfAsync(status.Id));
    }

    [Fact]
    public async Task A_file_without_execute_permission_fails_the_start_as_permission_denied()
    {
        var script = Path.Combine(_scope.DataDirectory, "not-executable.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\necho never\n");

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _scope.RunAsync("broken", script));

        Assert.Equal($"exec: \"{script}\": permission denied", failure.Message);
    }

    [Fact]
    public async Task A_container_without_a_command_cannot_be_created()
    {
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => _scope.Runtime.CreateContainerAsync(sandboxId, _scope.ContainerConfig("empty"), sandbox));

        Assert.Equal(RuntimeReasons.CreateContainerError, failure.Reason);
        Assert.Contains("has no command", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_are_reported_as_not_found()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _scope.Runtime.ContainerStatusAsync("nope"));

        Assert.Equal(RuntimeReasons.NotFound, failure.Reason);
        await _scope.Runtime.RemoveContainerAsync("nope");
    }

    [Fact]
    public async Task A_started_container_cannot_be_started_again()
    {
        var id = await _scope.RunAsync("once", "true");
        await _scope.ExitOfAsync(id);

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _scope.Runtime.StartContainerAsync(id));

        Assert.Equal(RuntimeReasons.RunContainerError, failure.Reason);
    }
}
