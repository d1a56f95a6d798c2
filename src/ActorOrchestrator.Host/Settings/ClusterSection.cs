using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.cluster</c> plus this member's seed nodes and roles (<c>ao.node</c>) into <see cref="ClusterSettings"/>.</summary>
internal static class ClusterSection
{
    /// <param name="cluster">The <c>ao.cluster</c> object.</param>
    /// <param name="node">This member, already read from <c>ao.node</c>.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the cluster refuses a value; the message names its key.</exception>
    public static ClusterSettings From(Config cluster, NodeSettings node)
    {
        var roleMinimums = cluster.GetConfig("role");
        return SettingsValidation.Checked(
            new ClusterSettings
            {
                SeedNodes = [.. node.SeedNodes.Select(NodeAddress.Parse)],
                Roles = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, node.Roles.Select(NodeSettings.NameOf)),
                AppVersion = SettingsValidation.StringOrNull(cluster, "app-version"),
                SeedNodeTimeout = cluster.GetDuration("seed-node-timeout"),
                RetryUnsuccessfulJoinAfter = cluster.GetDuration("retry-unsuccessful-join-after"),
                MinNrOfMembers = cluster.GetInt("min-nr-of-members"),
                MinNrOfMembersOfRole = roleMinimums.Keys.ToImmutableSortedDictionary(
                    role => role, role => roleMinimums.GetInt($"\"{role}\".min-nr-of-members"), StringComparer.Ordinal),
                GossipInterval = cluster.GetDuration("gossip-interval"),
                GossipDifferentViewProbability = cluster.GetDouble("gossip-different-view-probability"),
                LeaderActionsInterval = cluster.GetDuration("leader-actions-interval"),
                AllowWeaklyUpMembers = SettingsValidation.DurationOrOff(cluster, "allow-weakly-up-members"),
                PruneGossipTombstonesAfter = cluster.GetDuration("prune-gossip-tombstones-after"),
                FailureDetector = FailureDetectorFrom(cluster.GetConfig("failure-detector")),
                SplitBrainResolver = SplitBrainResolverFrom(cluster.GetConfig("split-brain-resolver")),
            },
            settings => settings.Validate());
    }

    private static FailureDetectorSettings FailureDetectorFrom(Config detector) => new()
    {
        HeartbeatInterval = detector.GetDuration("heartbeat-interval"),
        Threshold = detector.GetDouble("threshold"),
        AcceptableHeartbeatPause = detector.GetDuration("acceptable-heartbeat-pause"),
        MinStdDeviation = detector.GetDuration("min-std-deviation"),
        MaxSampleSize = detector.GetInt("max-sample-size"),
        FirstHeartbeatEstimate = detector.GetDuration("first-heartbeat-estimate"),
        MonitoredByNrOfMembers = detector.GetInt("monitored-by-nr-of-members"),
        ExpectedResponseAfter = detector.GetDuration("expected-response-after"),
        ReaperInterval = detector.GetDuration("unreachable-nodes-reaper-interval"),
    };

    private static SplitBrainResolverSettings SplitBrainResolverFrom(Config resolver)
    {
        var unstable = resolver.GetString("down-all-when-unstable");
        var enabled = unstable is not ("off" or "false" or "no");
        DowningStrategyKind strategy;
        try
        {
            strategy = SplitBrainResolverSettings.ParseStrategy(resolver.GetString("active-strategy"));
        }
        catch (ArgumentException unknown)
        {
            throw new InvalidSettingsException(unknown.Message);
        }

        return new SplitBrainResolverSettings
        {
            ActiveStrategy = strategy,
            StableAfter = resolver.GetDuration("stable-after"),
            DownAllWhenUnstableEnabled = enabled,
            DownAllWhenUnstableAfter = enabled && unstable is not ("on" or "true" or "yes") ? resolver.GetDuration("down-all-when-unstable") : null,
            Role = SettingsValidation.StringOrNull(resolver, "role"),
            StaticQuorumSize = resolver.GetInt("static-quorum.quorum-size"),
            KeepOldestDownIfAlone = resolver.GetBoolean("keep-oldest.down-if-alone"),
        };
    }
}
