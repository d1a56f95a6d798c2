using System.Text;
using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Logs;

public sealed class CriLogWriterSpec : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void The_log_rotates_at_max_size_and_keeps_at_most_max_files()
    {
        var path = _directory.Combine("web", "0.log");
        var settings = new ContainerLogSettings { MaxSize = 1000, MaxFiles = 3, MaxLineSize = 100 };
        using (var writer = new CriLogWriter(path, settings))
        {
            for (var i = 0; i < 200; i++)
            {
                writer.Write(DateTimeOffset.UnixEpoch.AddSeconds(i), LogStream.Stdout, partial: false, Encoding.ASCII.GetBytes($"line {i:D3}"));
            }
        }

        var files = Directory.GetFiles(_directory.Combine("web"));
        Assert.Equal(3, files.Length);
        Assert.All(files, file => Assert.True(new FileInfo(file).Length <= 1000, $"{file} is larger than max-size"));
        var lines = Read(path);
        Assert.Equal("line 199", lines[^1]);
        var kept = RotatedLogFiles.Of(path).SelectMany(Read).Concat(lines).ToList();
        Assert.Equal(Enumerable.Range(200 - kept.Count, kept.Count).Select(i => $"line {i:D3}"), kept);
    }

    [Fact]
    public void Appending_to_an_existing_log_continues_it()
    {
        var path = _directory.Combine("0.log");
        using (var writer = new CriLogWriter(path, ContainerLogSettings.Default))
        {
            writer.Write(DateTimeOffset.UnixEpoch, LogStream.Stdout, partial: false, "first"u8);
        }

        using (var writer = new CriLogWriter(path, ContainerLogSettings.Default))
        {
            writer.Write(DateTimeOffset.UnixEpoch, LogStream.Stderr, partial: false, "second"u8);
        }

        Assert.Equal(["first", "second"], Read(path));
    }

    public void Dispose() => _directory.Dispose();

    private static List<string> Read(string path) =>
        File.ReadAllLines(path).Select(line => line.Split(' ', 4)[3]).ToList();
}
