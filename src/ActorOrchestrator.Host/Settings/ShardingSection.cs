using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.cluster.sharding</c> into <see cref="ShardingSettings"/>.</summary>
internal static class ShardingSection
{
    /// <param name="sharding">The <c>ao.cluster.sharding</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">sharding refuses a value; the message names its key.</exception>
    public static ShardingSettings From(Config sharding) =>
        SettingsValidation.Checked(
            new ShardingSettings
            {
                NumberOfShards = sharding.GetInt("number-of-shards"),
                Role = SettingsValidation.StringOrNull(sharding, "role"),
                PassivateIdleEntityAfter = SettingsValidation.DurationOrOff(sharding, "passivate-idle-entity-after"),
                BufferSize = sharding.GetInt("buffer-size"),
                HandOffTimeout = sharding.GetDuration("handoff-timeout"),
                RebalanceInterval = sharding.GetDuration("rebalance-interval"),
                RebalanceAbsoluteLimit = sharding.GetInt("rebalance-absolute-limit"),
                RebalanceRelativeLimit = sharding.GetDouble("rebalance-relative-limit"),
                RetryInterval = sharding.GetDuration("retry-interval"),
            },
            settings => settings.Validate());
}
