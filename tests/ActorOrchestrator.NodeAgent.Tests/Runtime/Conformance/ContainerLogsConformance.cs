using System.Text;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>Container output in CRI log files: timestamps, streams, split lines, rotation, following, one file per restart.</summary>
public abstract class ContainerLogsConformance : ConformanceSpec
{
    private protected override ContainerLogSettings LogSettings => new() { MaxSize = 2000, MaxFiles = 3, MaxLineSize = 16 };

    [Fact]
    public async Task Stdout_and_stderr_land_in_the_pod_log_file_as_timestamped_CRI_records()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var id = await Scope.RunAsync("app", "sh", "-c", "echo to-out; echo to-err >&2");
        var status = await Scope.ExitOfAsync(id);

        Assert.Equal(PodLogPaths.ContainerLogFile(Scope.SandboxConfig().LogDirectory, "app", 0), status.LogPath);
        var lines = await File.ReadAllLinesAsync(status.LogPath);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, line => line.EndsWith(" stdout F to-out", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith(" stderr F to-err", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            Assert.True(CriLogFormat.TryParse(Encoding.UTF8.GetBytes(line), out var record));
            Assert.InRange(record!.Time, before, DateTimeOffset.UtcNow.AddSeconds(1));
        });
    }

    [Fact]
    public async Task Long_lines_are_split_into_partial_records_and_an_unterminated_last_line_is_kept()
    {
        var id = await Scope.RunAsync("app", "sh", "-c", "echo 0123456789abcdefXYZ; printf 'no newline'");
        var status = await Scope.ExitOfAsync(id);

        var tags = (await File.ReadAllLinesAsync(status.LogPath)).Select(line => string.Join(' ', line.Split(' ', 4)[2..])).ToList();
        Assert.Equal(["P 0123456789abcdef", "F XYZ", "F no newline"], tags);
        Assert.Equal("0123456789abcdefXYZ\nno newline\n", await Scope.LogOfAsync(id));
    }

    [Fact]
    public async Task A_chatty_container_log_is_rotated_at_max_size_keeping_max_files()
    {
        var id = await Scope.RunAsync("chatty", "sh", "-c", "i=0; while [ $i -lt 400 ]; do echo line-$i; i=$((i+1)); done");
        var status = await Scope.ExitOfAsync(id);

        var rotated = Directory.GetFiles(Path.GetDirectoryName(status.LogPath)!).Where(file => file != status.LogPath).ToList();
        Assert.Equal(2, rotated.Count);
        Assert.All(rotated.Append(status.LogPath), file => Assert.True(new FileInfo(file).Length <= 2000));
        Assert.EndsWith("line-398\nline-399\n", await Scope.LogOfAsync(id), StringComparison.Ordinal);
        Assert.Equal("line-399\n", await Scope.LogOfAsync(id, new ContainerLogReadOptions { TailLines = 1 }));
    }

    [Fact]
    public async Task Following_a_running_container_streams_its_output_until_it_exits()
    {
        var id = await Scope.RunAsync("ticker", "sh", "-c", "for i in 1 2 3; do echo tick-$i; sleep 0.1; done");
        var status = await Runtime.ContainerStatusAsync(id);
        using var output = new MemoryStream();

        await ContainerLogReader.WriteAsync(status.LogPath, new ContainerLogReadOptions { Follow = true }, output, Runtime.WaitContainerAsync(id))
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("tick-1\ntick-2\ntick-3\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Each_restart_writes_its_own_log_file_so_the_previous_one_stays_readable()
    {
        var sandbox = Scope.SandboxConfig();
        var sandboxId = await Runtime.RunPodSandboxAsync(sandbox);
        var first = await Runtime.CreateContainerAsync(sandboxId, Scope.ContainerConfig("app", "echo", "first run"), sandbox);
        await Runtime.StartContainerAsync(first);
        await Scope.ExitOfAsync(first);
        var restarted = Scope.ContainerConfig("app", "echo", "second run") with
        {
            Metadata = new ContainerMetadata("app", 1),
            LogPath = PodLogPaths.ContainerLogPath("app", 1),
        };
        var second = await Runtime.CreateContainerAsync(sandboxId, restarted, sandbox);
        await Runtime.StartContainerAsync(second);
        await Scope.ExitOfAsync(second);

        Assert.Equal("first run\n", await Scope.LogOfAsync(first));
        Assert.Equal("second run\n", await Scope.LogOfAsync(second));
        Assert.EndsWith(Path.Combine("app", "1.log"), (await Runtime.ContainerStatusAsync(second)).LogPath, StringComparison.Ordinal);
    }
}
