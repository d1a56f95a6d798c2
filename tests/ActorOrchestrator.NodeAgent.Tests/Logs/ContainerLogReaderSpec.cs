using System.Text;
using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Logs;

public sealed class ContainerLogReaderSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private readonly TemporaryDirectory _directory = new();
    private readonly string _path;

    public ContainerLogReaderSpec()
    {
        _path = _directory.Combine("app", "0.log");
    }

    [Fact]
    public async Task The_whole_log_reads_as_kubectl_prints_it_with_split_lines_joined()
    {
        using (var writer = new CriLogWriter(_path, ContainerLogSettings.Default))
        {
            writer.Write(T0, LogStream.Stdout, false, "hello"u8);
            writer.Write(T0, LogStream.Stderr, true, "a long "u8);
            writer.Write(T0, LogStream.Stderr, false, "line"u8);
        }

        Assert.Equal("hello\na long line\n", await ReadAsync(ContainerLogReadOptions.Default));
    }

    [Fact]
    public async Task Timestamps_prefix_each_line_once()
    {
        using (var writer = new CriLogWriter(_path, ContainerLogSettings.Default))
        {
            writer.Write(T0, LogStream.Stdout, true, "split "u8);
            writer.Write(T0.AddSeconds(1), LogStream.Stdout, false, "line"u8);
        }

        Assert.Equal("2026-01-02T03:04:05.000000000Z split line\n", await ReadAsync(new ContainerLogReadOptions { Timestamps = true }));
    }

    [Fact]
    public async Task Tail_since_and_limit_bytes_select_what_kubectl_asked_for()
    {
        using (var writer = new CriLogWriter(_path, ContainerLogSettings.Default))
        {
            for (var i = 0; i < 10; i++)
            {
                writer.Write(T0.AddSeconds(i), LogStream.Stdout, false, Encoding.ASCII.GetBytes($"line {i}"));
            }
        }

        Assert.Equal("line 8\nline 9\n", await ReadAsync(new ContainerLogReadOptions { TailLines = 2 }));
        Assert.Equal("line 7\nline 8\nline 9\n", await ReadAsync(new ContainerLogReadOptions { Since = T0.AddSeconds(7) }));
        Assert.Equal("line 7\nline 8\n", await ReadAsync(new ContainerLogReadOptions { Since = T0.AddSeconds(7), TailLines = 5, LimitBytes = 14 }));
        Assert.Equal("", await ReadAsync(new ContainerLogReadOptions { TailLines = 0 }));
    }

    [Fact]
    public async Task Rotated_files_are_read_before_the_current_one()
    {
        using (var writer = new CriLogWriter(_path, new ContainerLogSettings { MaxSize = 200, MaxFiles = 10, MaxLineSize = 16 }))
        {
            for (var i = 0; i < 20; i++)
            {
                writer.Write(T0.AddSeconds(i), LogStream.Stdout, false, Encoding.ASCII.GetBytes($"line {i}"));
            }
        }

        Assert.NotEmpty(RotatedLogFiles.Of(_path));
        var expected = string.Concat(Enumerable.Range(0, 20).Select(i => $"line {i}\n"));
        Assert.Equal(expected, await ReadAsync(ContainerLogReadOptions.Default));
    }

    [Fact]
    public async Task Follow_yields_new_lines_across_a_rotation_until_the_container_exits()
    {
        var exited = new TaskCompletionSource();
        var writer = new CriLogWriter(_path, new ContainerLogSettings { MaxSize = 200, MaxFiles = 10, MaxLineSize = 16 });
        writer.Write(T0, LogStream.Stdout, false, "before"u8);
        writer.Flush();
        using var output = new MemoryStream();
        var following = ContainerLogReader.WriteAsync(_path, new ContainerLogReadOptions { Follow = true }, output, exited.Task);

        await Task.Delay(150);
        for (var i = 0; i < 10; i++)
        {
            writer.Write(T0.AddSeconds(i), LogStream.Stdout, false, Encoding.ASCII.GetBytes($"after {i}"));
            writer.Flush();
        }

        writer.Dispose();
        Assert.False(following.IsCompleted, "following ended before the container exited");
        exited.SetResult();
        await following.WaitAsync(TimeSpan.FromSeconds(10));

        var expected = "before\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"after {i}\n"));
        Assert.Equal(expected, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task A_missing_log_reads_as_empty()
    {
        Assert.Equal("", await ReadAsync(ContainerLogReadOptions.Default));
    }

    public void Dispose() => _directory.Dispose();

    private async Task<string> ReadAsync(ContainerLogReadOptions options)
    {
        using var output = new MemoryStream();
        await ContainerLogReader.WriteAsync(_path, options, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
