using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

public sealed class ReadModelSettingsSpec
{
    private static readonly Config Reference = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf")).Resolve(_ => null);
    private static readonly ReadModelSettings Defaults = ReadModelSettings.Default;

    [Fact]
    public void Reference_conf_holds_the_same_defaults_as_the_settings_record()
    {
        var section = Reference.GetConfig("ao.read-model");

        Assert.Equal(Defaults.CheckpointFile, section.GetString("checkpoint-file"));
        Assert.Equal(Defaults.CheckpointEveryEvents, section.GetInt("checkpoint-every-events"));
        Assert.Equal(Defaults.CheckpointInterval, section.GetDuration("checkpoint-interval"));
        Assert.Equal(Defaults.WatchWindow, section.GetInt("watch-window"));
        Assert.Equal(Defaults.BookmarkInterval, section.GetDuration("bookmark-interval"));
        Assert.Equal(Defaults.ResourceVersionWaitTimeout, section.GetDuration("resource-version-wait-timeout"));
        Assert.Equal(Defaults.ApplyBatchSize, section.GetInt("apply-batch-size"));
        Assert.Equal(Defaults.RetryMinBackoff, section.GetDuration("retry-min-backoff"));
        Assert.Equal(Defaults.RetryMaxBackoff, section.GetDuration("retry-max-backoff"));
    }

    [Fact]
    public void Every_key_of_the_section_is_covered_by_the_comparison_above()
    {
        const string Prefix = "ao.read-model.";
        var keys = Reference.Entries().Select(e => e.Path).Where(p => p.StartsWith(Prefix, StringComparison.Ordinal)).Select(p => p[Prefix.Length..]);

        Assert.Equal(
            [
                "apply-batch-size", "bookmark-interval", "checkpoint-every-events", "checkpoint-file", "checkpoint-interval",
                "resource-version-wait-timeout", "retry-max-backoff", "retry-min-backoff", "watch-window",
            ],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Same(Defaults, Defaults.Validate());
    }

    [Theory]
    [InlineData("watch-window")]
    [InlineData("checkpoint-every-events")]
    [InlineData("retry-max-backoff")]
    [InlineData("checkpoint-file")]
    public void An_invalid_value_names_its_key(string key)
    {
        var invalid = key switch
        {
            "watch-window" => Defaults with { WatchWindow = 0 },
            "checkpoint-every-events" => Defaults with { CheckpointEveryEvents = -1 },
            "retry-max-backoff" => Defaults with { RetryMaxBackoff = TimeSpan.FromMilliseconds(1) },
            _ => Defaults with { CheckpointFile = " " },
        };

        var error = Assert.Throws<ArgumentException>(() => invalid.Validate());

        Assert.StartsWith($"ao.read-model.{key} ", error.Message, StringComparison.Ordinal);
    }
}
