using System.Runtime.Versioning;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

/// <summary>What is particular to host processes: directories, command lookup and its messages.</summary>
[SupportedOSPlatform("linux")]
public sealed class ProcessContainerSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task A_sandbox_is_a_directory_on_the_host_network_and_containers_run_in_it()
    {
        var id = await _scope.RunAsync("pwd", "pwd");
        await _scope.ExitOfAsync(id);

        var sandbox = Assert.Single(await _scope.Runtime.ListPodSandboxesAsync());
        Assert.Equal(ProcessRuntimeScope.HostIp, sandbox.Ip);
        Assert.True(Directory.Exists(sandbox.Directory));
        Assert.True(Directory.Exists(_scope.SandboxConfig().LogDirectory));
        Assert.Equal(sandbox.Directory + "\n", await _scope.LogOfAsync(id));
        Assert.Equal("process", _scope.Runtime.Name);
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

    [Fact]
    public async Task A_missing_binary_is_reported_with_Kubernetes_message()
    {
        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _scope.RunAsync("broken", "nosuchcmd-ao-test"));

        Assert.Equal("exec: \"nosuchcmd-ao-test\": executable file not found in $PATH", failure.Message);
    }

    [Fact]
    public async Task The_command_is_looked_up_on_the_containers_own_PATH()
    {
        var bin = Path.Combine(_scope.DataDirectory, "bin");
        Directory.CreateDirectory(bin);
        var tool = Path.Combine(bin, "ao-test-tool");
        await File.WriteAllTextAsync(tool, "#!/bin/sh\necho tool ran\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);
        var config = _scope.ContainerConfig("tool", "ao-test-tool") with { Env = [new("PATH", bin + ":/usr/bin:/bin")] };

        var id = await _scope.Runtime.CreateContainerAsync(sandboxId, config, sandbox);
        await _scope.Runtime.StartContainerAsync(id);

        Assert.Equal(0, (await _scope.ExitOfAsync(id)).ExitCode);
        Assert.Equal("tool ran\n", await _scope.LogOfAsync(id));
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
    public async Task An_environment_variable_without_a_proper_name_is_refused_at_creation()
    {
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);
        var config = _scope.ContainerConfig("bad-env", "true") with { Env = [new("A=B", "x")] };

        var failure = await Assert.ThrowsAsync<ContainerRuntimeException>(() => _scope.Runtime.CreateContainerAsync(sandboxId, config, sandbox));

        Assert.Equal(RuntimeReasons.CreateContainerError, failure.Reason);
        Assert.Contains("\"A=B\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exec_runs_in_the_containers_working_directory()
    {
        var id = await _scope.RunAsync("server", "sleep", "300");

        var result = await _scope.Runtime.ExecSyncAsync(id, ["pwd"], TimeSpan.FromSeconds(10));

        Assert.Equal((await _scope.Runtime.ListPodSandboxesAsync()).Single().Directory + "\n", result.Stdout);
    }
}
