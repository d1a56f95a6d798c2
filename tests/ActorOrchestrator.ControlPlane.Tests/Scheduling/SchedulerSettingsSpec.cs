using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

public sealed class SchedulerSettingsSpec
{
    private static readonly Config Reference = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf")).Resolve(_ => null);
    private static readonly SchedulerSettings Defaults = SchedulerSettings.Default;

    [Fact]
    public void Reference_conf_holds_the_same_defaults_as_the_settings_record()
    {
        var section = Reference.GetConfig("ao.scheduler");

        Assert.Equal(Defaults.SchedulerName, section.GetString("scheduler-name"));
        Assert.Equal(Defaults.MaxBindsInFlight, section.GetInt("max-binds-in-flight"));
        Assert.Equal(Defaults.BindTimeout, section.GetDuration("bind-timeout"));
        Assert.Equal(Defaults.BindRetryBackoff, section.GetDuration("bind-retry-backoff"));
        Assert.Equal(Defaults.AssumedPodTtl, section.GetDuration("assumed-pod-ttl"));
        Assert.Equal(Defaults.UnschedulableRetryInterval, section.GetDuration("unschedulable-retry-interval"));
        Assert.Equal(Defaults.PercentageOfNodesToScore, section.GetInt("percentage-of-nodes-to-score"));
        Assert.Equal(Defaults.PlacementsPerTurn, section.GetInt("placements-per-turn"));
        Assert.Equal(Defaults.LeastAllocatedWeight, section.GetInt("least-allocated-weight"));
        Assert.Equal(Defaults.OwnerSpreadWeight, section.GetInt("owner-spread-weight"));
    }

    [Fact]
    public void Every_key_of_the_section_is_covered_by_the_comparison_above()
    {
        const string Prefix = "ao.scheduler.";
        var keys = Reference.Entries().Select(e => e.Path).Where(p => p.StartsWith(Prefix, StringComparison.Ordinal)).Select(p => p[Prefix.Length..]);

        Assert.Equal(
            [
                "assumed-pod-ttl", "bind-retry-backoff", "bind-timeout", "least-allocated-weight", "max-binds-in-flight", "owner-spread-weight",
                "percentage-of-nodes-to-score", "placements-per-turn", "scheduler-name", "unschedulable-retry-interval",
            ],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Same(Defaults, Defaults.Validate());
    }

    [Theory]
    [InlineData("max-binds-in-flight")]
    [InlineData("percentage-of-nodes-to-score")]
    [InlineData("unschedulable-retry-interval")]
    [InlineData("scheduler-name")]
    public void An_invalid_value_names_its_key(string key)
    {
        var invalid = key switch
        {
            "max-binds-in-flight" => Defaults with { MaxBindsInFlight = 0 },
            "percentage-of-nodes-to-score" => Defaults with { PercentageOfNodesToScore = 101 },
            "unschedulable-retry-interval" => Defaults with { UnschedulableRetryInterval = TimeSpan.Zero },
            _ => Defaults with { SchedulerName = "" },
        };

        var error = Assert.Throws<ArgumentException>(() => invalid.Validate());

        Assert.StartsWith($"ao.scheduler.{key} ", error.Message, StringComparison.Ordinal);
    }
}
