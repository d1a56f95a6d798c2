namespace ActorOrchestrator.Host.Tests;

public sealed class AoUpSpec : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _directory = Directory.CreateTempSubdirectory("ao-up-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Up_runs_a_node_with_a_sqlite_journal_in_the_data_dir_until_SIGTERM_shuts_it_down_in_order()
    {
        await using var ao = RunningAo.Start(["up", "--data-dir", "node-data", "--node-name", "first", "--port", "0", "--api-port", "0"], _directory);

        await ao.WaitForOutputAsync("is running", StartTimeout);
        var journal = Path.Combine(_directory, "node-data", "journal.db");
        Assert.True(File.Exists(journal), $"no journal at {journal}");
        Assert.Contains("node \"first\"", ao.Output);
        Assert.Contains($"SQLite {journal}", ao.Output);
        Assert.Contains($"export KUBECONFIG={Path.Combine(_directory, "node-data", "kubeconfig")}", ao.Output);
        Assert.True(File.Exists(Path.Combine(_directory, "node-data", "kubeconfig")), "no kubeconfig written");

        ao.SendSigTerm();

        Assert.Equal(0, await ao.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("node \"first\" stopped", ao.Output);
        Assert.Contains("Coordinated shutdown of ao started", ao.Error);
        Assert.False(File.Exists(Path.Combine(_directory, "node-data", "ao.pid")), "the pid file outlived the node");
    }

    [Fact]
    public async Task A_second_up_on_the_same_data_dir_fails_naming_the_running_one()
    {
        await using var first = RunningAo.Start(["up", "--data-dir", "shared", "--port", "0", "--api-port", "0"], _directory);
        await first.WaitForOutputAsync("is running", StartTimeout);

        var second = await AoProcess.RunAsync(["up", "--data-dir", "shared", "--port", "0", "--api-port", "0"], _directory);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("another ao (pid ", second.Error);
        Assert.Contains($"is already running on the data dir {Path.Combine(_directory, "shared")}", second.Error);
        Assert.False(first.HasExited);
    }

    [Fact]
    public async Task Up_refuses_a_journal_option_of_neither_form_and_says_which_forms_it_takes()
    {
        var result = await AoProcess.RunAsync(["up", "--journal", "mysql://db/ao"], _directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--journal expects sqlite:PATH|postgresql://", result.Error);
        Assert.Contains("'mysql://db/ao'", result.Error);
    }

    [Fact]
    public async Task Up_with_an_unreachable_postgresql_journal_fails_naming_the_target_without_a_stack_trace()
    {
        var result = await AoProcess.RunAsync(
            ["up", "--data-dir", "d", "--journal", "postgresql://ao@127.0.0.1:1/aodb", "--set", "ao.persistence.startup.timeout=1s"],
            _directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("127.0.0.1:1", result.Error);
        Assert.Contains("aodb", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Up_with_the_docker_runtime_fails_saying_the_docker_driver_is_not_in_this_version()
    {
        var result = await AoProcess.RunAsync(["up", "--data-dir", "d", "--runtime", "docker"], _directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ao.node.runtime", result.Error);
        Assert.Contains("Docker driver, which is not in this version", result.Error);
        Assert.False(Directory.Exists(Path.Combine(_directory, "d")), "nothing should have been started");
    }

    [Fact]
    public async Task Up_refuses_a_setting_the_kernel_rejects_naming_its_key()
    {
        var result = await AoProcess.RunAsync(["up", "--set", "ao.actors.throughput=0"], _directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ao.actors.throughput", result.Error);
    }
}
