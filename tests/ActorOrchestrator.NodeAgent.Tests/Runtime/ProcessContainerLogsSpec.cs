using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

public sealed class ProcessContainerLogsSpec : IAsyncLifetime
{
    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() =>
        _scope = await ProcessRuntimeScope.OpenAsync(
            ProcessRuntimeScope.FastSettings(new ContainerLogSettings { MaxSize = 2000, MaxFiles = 3, MaxLineSize = 16 }));

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task Stdout_and_stderr_land_in_the_pod_log_file_as_timestamped_CRI_records()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await _scope.RunAsync("app", "sh", "-c", "echo to-out; echo to-err >&2");
        var status = await _scope.ExitOfAsync(id);

        Assert.Equal(PodLogPaths.ContainerLogFile(_scope.SandboxConfig().LogDirectory, "app", 0), status.LogPath);
        var lines = await File.ReadAllLinesAsync(status.LogPath);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, line => line.EndsWith(" stdout F to-out", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith(" stderr F to-err", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            Assert.True(CriLogFormat.TryParse(System.Text.Encoding.UTF8.GetBytes(line), out var record));
            Assert.InRange(record!.Time, before, DateTimeOffset.UtcNow.AddSeconds(1));
        });
    }

    [Fact]
    public async Task Long_lines_are_split_into_partial_records_and_an_unterminated_last_line_is_kept()
    {
        var id = await _scope.RunAsync("app", "sh", "-c", "echo 0123456789abcdefXYZ; printf 'no newline'");
        var status = await _scope.ExitOfAsync(id);

        var tags = (await File.ReadAllLinesAsync(status.LogPath)).Select(line => string.Join(' ', line.Split(' ', 4)[2..])).ToList();
        Assert.Equal(["P 0123456789abcdef", "F XYZ", "F no newline"], tags);
        Assert.Equal("0123456789abcdefXYZ\nno newline\n", await _scope.LogOfAsync(id));
    }

    [Fact]
    public async Task A_chatty_container_log_is_rotated_at_max_size_keeping_max_files()
    {
        var id = await _scope.RunAsync("chatty", "sh", "-c", "i=0; while [ $i -lt 400 ]; do echo line-$i; i=$((i+1)); done");
        var status = await _scope.ExitOfAsync(id);

        var rotated = Directory.GetFiles(Path.GetDirectoryName(status.LogPath)!).Where(file => file != status.LogPath).ToList();
        Assert.Equal(2, rotated.Count);
        Assert.All(rotated.Append(status.LogPath), file => Assert.True(new FileInfo(file).Length <= 2000));
        var text = await _scope.LogOfAsync(id);
        Assert.EndsWith("line-398\nline-399\n", text, StringComparison.Ordinal);
        Assert.Equal("line-399\n", await _scope.LogOfAsync(id, new ContainerLogReadOptions { TailLines = 1 }));
    }

    [Fact]
    public async Task Following_a_running_container_streams_its_output_until_it_exits()
    {
        var id = await _scope.RunAsync("ticker", "sh", "-c", "for i in 1 2 3; do echo tick-$i; sleep 0.1; done");
        var status = await _scope.Runtime.ContainerStatusAsync(id);
        using var output = new MemoryStream();

        await ContainerLogReader.WriteAsync(status.LogPath, new ContainerLogReadOptions { Follow = true }, output, _scope.Runtime.WaitContainerAsync(id))
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("tick-1\ntick-2\ntick-3\n", System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Each_restart_writes_its_own_log_file_so_the_previous_one_stays_readable()
    {
        var sandbox = _scope.SandboxConfig();
        var sandboxId = await _scope.Runtime.RunPodSandboxAsync(sandbox);
        var first = await _scope.Runtime.CreateContainerAsync(sandboxId, _scope.ContainerConfig("app", "echo", "first run"), sandbox);
        await _scope.Runtime.StartContainerAsync(first);
        await _scope.ExitOfAsync(first);
        var second = await _scope.Runtime.CreateContainerAsync(
            sandboxId,
            _scope.ContainerConfig("app", "echo", "second run") with { Metadata = new ContainerMetadata("app", 1), LogPath = PodLogPaths.ContainerLogPath("app", 1) },
            sandbox);
        await _scope.Runtime.StartContainerAsync(second);
        await _scope.ExitOfAsync(second);

        Assert.Equal("first run\n", await _scope.LogOfAsync(first));
        Assert.Equal("second run\n", await _scope.LogOfAsync(second));
        Assert.EndsWith(Path.Combine("app", "1.log"), (await _scope.Runtime.ContainerStatusAsync(second)).LogPath, StringComparison.Ordinal);
    }
}
