using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>Exec in a running container, as exec probes use it.</summary>
public abstract class ContainerExecConformance : ConformanceSpec
{
    private protected string Container { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var sandbox = Scope.SandboxConfig();
        var sandboxId = await Runtime.RunPodSandboxAsync(sandbox);
        var config = Scope.ContainerConfig("server", "sleep", "300") with { Env = [new("ROLE", "primary")] };
        Container = await Runtime.CreateContainerAsync(sandboxId, config, sandbox);
        await Runtime.StartContainerAsync(Container);
    }

    [Fact]
    public async Task Exec_runs_with_the_container_environment_and_returns_its_code_and_output()
    {
        var result = await Runtime.ExecSyncAsync(Container, ["sh", "-c", "echo role=$ROLE; echo oops >&2; exit 4"], TimeSpan.FromSeconds(10));

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("role=primary\n", result.Stdout);
        Assert.Equal("oops\n", result.Stderr);
        Assert.False(result.TimedOut);
    }

    [Fact]
    public async Task An_exec_outlasting_its_timeout_is_killed_and_reported_as_timed_out()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await Runtime.ExecSyncAsync(Container, ["sleep", "30"], TimeSpan.FromMilliseconds(300));

        Assert.True(result.TimedOut);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"exec returned after {watch.Elapsed}");
    }

    [Fact]
    public async Task An_exec_of_a_missing_binary_fails_naming_it()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => Runtime.ExecSyncAsync(Container, ["no-such-probe-ao"], TimeSpan.FromSeconds(5)));

        Assert.Contains("no-such-probe-ao", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exec_in_a_container_that_does_not_run_is_refused()
    {
        await Runtime.StopContainerAsync(Container, TimeSpan.Zero);

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(
            () => Runtime.ExecSyncAsync(Container, ["true"], TimeSpan.FromSeconds(5)));

        Assert.Equal(RuntimeReasons.NotRunning, failure.Reason);
    }
}
