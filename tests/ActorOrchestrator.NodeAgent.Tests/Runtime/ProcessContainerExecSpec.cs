using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

public sealed class ProcessContainerExecSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;
    private string _container = "";

    public async Task InitializeAsync()
    {
        _scope = await ProcessRuntimeScope.OpenAsync();
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);
        var config = _scope.ContainerConfig("server", "sleep", "300") with { Env = [new("ROLE", "primary")] };
        _container = await _scope.Runtime.CreateContainerAsync(sandboxId, config, sandbox);
        await _scope.Runtime.StartContainerAsync(_container);
    }

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task Exec_runs_with_the_container_environment_and_directory_and_returns_code_and_output()
    {
        var result = await _scope.Runtime.ExecSyncAsync(_container, ["sh", "-c", "echo role=$ROLE; pwd; echo oops >&2; exit 4"], TimeSpan.FromSeconds(10));

        var directory = (await _scope.Runtime.ListPodSandboxesAsync()).Single().Directory;
        Assert.Equal(4, result.ExitCode);
        Assert.Equal($"role=primary\n{directory}\n", result.Stdout);
        Assert.Equal("oops\n", result.Stderr);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task An_exec_outlasting_its_timeout_is_killed_and_reported_as_timed_out()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await _scope.Runtime.ExecSyncAsync(_container, ["sleep", "30"], TimeSpan.FromMilliseconds(300));

        Assert.True(result.TimedOut);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"exec returned after {watch.Elapsed}");
    }

    [Fact]
    public async Task An_exec_of_a_missing_binary_fails_with_a_clear_message()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => _scope.Runtime.ExecSyncAsync(_container, ["no-such-probe-ao"], TimeSpan.FromSeconds(5)));

        Assert.Equal("exec: \"no-such-probe-ao\": executable file not found in $PATH", failure.Message);
    }

    [Fact]
    public async Task Exec_in_a_container_that_does_not_run_is_refused()
    {
        await _scope.Runtime.StopContainerAsync(_container, TimeSpan.Zero);

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => _scope.Runtime.ExecSyncAsync(_container, ["true"], TimeSpan.FromSeconds(5)));

        Assert.Equal(RuntimeReasons.NotRunning, failure.Reason);
    }
}
