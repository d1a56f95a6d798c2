using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

public sealed class ShardingSettingsSpec
{
    private static readonly Config Reference = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf")).Resolve(_ => null);

    [Fact]
    public void Reference_conf_holds_the_same_defaults_as_the_settings_record()
    {
        var conf = Reference.GetConfig("ao.cluster.sharding");
        var defaults = ShardingSettings.Default;
        Assert.Equal(defaults.NumberOfShards, conf.GetInt("number-of-shards"));
        Assert.Equal(defaults.Role ?? "", conf.GetString("role"));
        Assert.Equal(defaults.PassivateIdleEntityAfter, conf.GetDuration("passivate-idle-entity-after"));
        Assert.Equal(defaults.BufferSize, conf.GetInt("buffer-size"));
        Assert.Equal(defaults.HandOffTimeout, conf.GetDuration("handoff-timeout"));
        Assert.Equal(defaults.RebalanceInterval, conf.GetDuration("rebalance-interval"));
        Assert.Equal(defaults.RebalanceAbsoluteLimit, conf.GetInt("rebalance-absolute-limit"));
        Assert.Equal(defaults.RebalanceRelativeLimit, conf.GetDouble("rebalance-relative-limit"));
        Assert.Equal(defaults.RetryInterval, conf.GetDuration("retry-interval"));
        Assert.Equal(defaults.RememberEntities, conf.GetBoolean("remember-entities"));
        Assert.Equal(defaults.EntityRestartBackoff, conf.GetDuration("entity-restart-backoff"));
        Assert.Equal(defaults.SnapshotAfter, conf.GetInt("snapshot-after"));
        Assert.Equal(defaults.CoordinatorHandOverRetryInterval, conf.GetDuration("coordinator-hand-over-retry-interval"));
        Assert.Equal(defaults.CoordinatorRemovalMargin, conf.GetDuration("coordinator-removal-margin"));
        Assert.Equal(14, conf.Keys.Count());
    }

    [Fact]
    public void An_invalid_value_names_its_key()
    {
        var error = Assert.Throws<ArgumentException>(() => (ShardingSettings.Default with { RebalanceRelativeLimit = 2 }).Validate());
        Assert.Contains("ao.cluster.sharding.rebalance-relative-limit", error.Message, StringComparison.Ordinal);
    }
}
