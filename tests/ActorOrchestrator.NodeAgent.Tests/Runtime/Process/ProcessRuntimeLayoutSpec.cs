using System.Collections.Immutable;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;
using ActorOrchestrator.NodeAgent.Tests.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

public sealed class ProcessRuntimeLayoutSpec : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void A_container_record_reads_back_with_everything_the_agent_put_on_it()
    {
        var layout = new ProcessRuntimeLayout(_directory.Path);
        var config = new ContainerConfig(new ContainerMetadata("web", 3))
        {
            Image = "nginx:1.27",
            Command = ["nginx"],
            Args = ["-g", "daemon off;"],
            WorkingDir = "www",
            Env = [new("A", "1"), new("B", "two words"), new("A", "3")],
            LogPath = "web/3.log",
            Labels = ImmutableDictionary<string, string>.Empty.Add(RuntimeLabels.PodUid, "u-1"),
            Annotations = ImmutableDictionary<string, string>.Empty.Add(RuntimeLabels.RestartCount, "3"),
        };
        var record = new ProcessContainerRecord("c1", "s1", config, "/logs/web/3.log", DateTimeOffset.UnixEpoch.AddDays(1))
        {
            State = ContainerState.Running,
            StartedAt = DateTimeOffset.UnixEpoch.AddDays(2),
            Pid = 42,
            PidStartTicks = 4242,
        };

        layout.Save(record);
        var read = Assert.Single(layout.LoadContainers());

        Assert.Equal(record.ToStatus() with { Labels = read.Config.Labels, Annotations = read.Config.Annotations }, read.ToStatus());
        Assert.Equal(config.Env, read.Config.Env);
        Assert.Equal(config.Command.Concat(config.Args), read.Config.Command.Concat(read.Config.Args));
        Assert.Equal(config.Labels, read.Config.Labels);
        Assert.Equal(config.Annotations, read.Config.Annotations);
        Assert.Equal((42, 4242L), (read.Pid, read.PidStartTicks));
    }

    [Fact]
    public void An_unreadable_record_is_reported_naming_its_file()
    {
        var layout = new ProcessRuntimeLayout(_directory.Path);
        var file = Path.Combine(layout.ContainerDirectory("broken"), "state.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "{ not json");

        var failure = Assert.Throws<ContainerRuntimeException>(() => layout.LoadContainers().ToList());

        Assert.Contains(file, failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
