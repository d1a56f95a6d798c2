using ActorOrchestrator.Hocon;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;
using ActorOrchestrator.NodeAgent.Tests.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

public sealed class ContainerRuntimeSettingsSpec
{
    private const string Prefix = "ao.agent.runtime.";
    private static readonly Config Reference = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf")).Resolve(_ => null);

    [Fact]
    public void Reference_conf_holds_the_same_defaults_as_the_settings_records()
    {
        var section = Reference.GetConfig("ao.agent.runtime");
        var defaults = ContainerRuntimeSettings.Default;

        Assert.Equal(defaults.StateDir, section.GetString("state-dir"));
        Assert.Equal(defaults.Logs.MaxSize, section.GetBytes("logs.max-size"));
        Assert.Equal(defaults.Logs.MaxFiles, section.GetInt("logs.max-files"));
        Assert.Equal(defaults.Logs.MaxLineSize, section.GetBytes("logs.max-line-size"));
        Assert.Equal(defaults.Process.PollInterval, section.GetDuration("process.poll-interval"));
        Assert.Equal(defaults.Process.InheritEnvironment, section.GetBoolean("process.inherit-environment"));
        Assert.Equal(defaults.Process.StartTimeout, section.GetDuration("process.start-timeout"));
        Assert.Equal(defaults.Process.ExecOutputLimit, section.GetBytes("process.exec-output-limit"));
    }

    [Fact]
    public void Every_key_of_the_section_is_covered_by_the_comparison_above()
    {
        var keys = Reference.Entries().Select(entry => entry.Path).Where(path => path.StartsWith(Prefix, StringComparison.Ordinal)).Select(path => path[Prefix.Length..]);

        Assert.Equal(
            [
                "logs.max-files", "logs.max-line-size", "logs.max-size", "process.exec-output-limit", "process.inherit-environment",
                "process.poll-interval", "process.start-timeout", "state-dir",
            ],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Invalid_values_are_refused_naming_their_key()
    {
        var tooSmall = Assert.Throws<ArgumentException>(
            () => new ContainerRuntimeSettings { Logs = new ContainerLogSettings { MaxSize = 100, MaxLineSize = 1024 } }.Validate());
        var noPoll = Assert.Throws<ArgumentException>(
            () => new ContainerRuntimeSettings { Process = new ProcessRuntimeSettings { PollInterval = TimeSpan.Zero } }.Validate());
        var noFiles = Assert.Throws<ArgumentException>(() => new ContainerLogSettings { MaxFiles = 0 }.Validate());

        Assert.StartsWith("ao.agent.runtime.logs.max-size ", tooSmall.Message, StringComparison.Ordinal);
        Assert.StartsWith("ao.agent.runtime.process.poll-interval ", noPoll.Message, StringComparison.Ordinal);
        Assert.StartsWith("ao.agent.runtime.logs.max-files ", noFiles.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_process_runtime_with_invalid_settings_fails_before_touching_the_disk()
    {
        using var directory = new TemporaryDirectory();
        var invalid = new ContainerRuntimeSettings { StateDir = " " };

        await Assert.ThrowsAsync<ArgumentException>(() => ProcessContainerRuntime.OpenAsync(directory.Combine("state"), invalid, "127.0.0.1"));

        Assert.False(Directory.Exists(directory.Combine("state")));
    }
}
