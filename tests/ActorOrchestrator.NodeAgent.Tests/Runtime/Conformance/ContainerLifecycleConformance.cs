using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>Create, start, exit codes and start failures, as every driver must report them.</summary>
public abstract class ContainerLifecycleConformance : ConformanceSpec
{
    [Fact]
    public async Task A_container_runs_its_command_with_its_environment_and_reports_its_times()
    {
        var sandbox = Scope.SandboxConfig();
        var sandboxId = await Runtime.RunPodSandboxAsync(sandbox);
        var config = Scope.ContainerConfig("greeter", "sh", "-c", "echo \"$GREETING, $WHO\"") with
        {
            Env = [new("GREETING", "hello"), new("WHO", "first"), new("WHO", "world")],
        };
        var id = await Runtime.CreateContainerAsync(sandboxId, config, sandbox);
        Assert.Equal(ContainerState.Created, (await Runtime.ContainerStatusAsync(id)).State);

        await Runtime.StartContainerAsync(id);
        var exited = await Scope.ExitOfAsync(id);

        Assert.Equal(ContainerState.Exited, exited.State);
        Assert.Equal(0, exited.ExitCode);
        Assert.Equal(RuntimeReasons.Completed, exited.Reason);
        Assert.NotNull(exited.StartedAt);
        Assert.True(exited.FinishedAt >= exited.StartedAt?.AddSeconds(-1));
        Assert.Equal("greeter", exited.Metadata.Name);
        Assert.Equal("greeter", exited.Labels[RuntimeLabels.ContainerName]);
        Assert.Equal("hello, world\n", await Scope.LogOfAsync(id));
    }

    [Theory]
    [InlineData("exit 3", 3, RuntimeReasons.Error)]
    [InlineData("exit 0", 0, RuntimeReasons.Completed)]
    [InlineData("kill -9 $$", 137, RuntimeReasons.Error)]
    public async Task The_exit_code_and_reason_are_reported(string script, int exitCode, string reason)
    {
        var id = await Scope.RunAsync("job", "sh", "-c", script);

        var exited = await Scope.ExitOfAsync(id);

        Assert.Equal(exitCode, exited.ExitCode);
        Assert.Equal(reason, exited.Reason);
    }

    [Fact]
    public async Task A_missing_binary_fails_the_start_and_leaves_a_StartError_with_the_same_message()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Scope.RunAsync("broken", "nosuchcmd-ao-test", "--flag"));

        Assert.Equal(RuntimeReasons.RunContainerError, failure.Reason);
        Assert.Contains("nosuchcmd-ao-test", failure.Message, StringComparison.Ordinal);
        var status = Assert.Single(await Runtime.ListContainersAsync());
        Assert.Equal(ContainerState.Exited, status.State);
        Assert.Equal(128, status.ExitCode);
        Assert.Equal(RuntimeReasons.StartError, status.Reason);
        Assert.Equal(failure.Message, status.Message);
        Assert.Equal(status, await Scope.ExitOfAsync(status.Id));
    }

    [Fact]
    public async Task Unknown_ids_are_reported_as_not_found_and_removing_them_is_harmless()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Runtime.ContainerStatusAsync("nope"));

        Assert.Equal(RuntimeReasons.NotFound, failure.Reason);
        await Runtime.RemoveContainerAsync("nope");
        await Runtime.RemovePodSandboxAsync("nope");
    }

    [Fact]
    public async Task A_started_container_cannot_be_started_again()
    {
        var id = await Scope.RunAsync("once", "true");
        await Scope.ExitOfAsync(id);

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => Runtime.StartContainerAsync(id));

        Assert.Equal(RuntimeReasons.RunContainerError, failure.Reason);
    }
}
