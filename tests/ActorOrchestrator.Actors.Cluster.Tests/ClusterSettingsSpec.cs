using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Actors.Cluster.Tests;

public sealed class ClusterSettingsSpec
{
    private static readonly Config Reference = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf")).Resolve(_ => null);
    private static readonly ClusterSettings Defaults = ClusterSettings.Default;

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Same(Defaults, Defaults.Validate());
    }

    [Fact]
    public void Reference_conf_holds_the_same_defaults_as_the_settings_record()
    {
        var cluster = Reference.GetConfig("ao.cluster");
        var fd = cluster.GetConfig("failure-detector");
        var sbr = cluster.GetConfig("split-brain-resolver");

        Assert.Equal(Defaults.Roles.ToArray(), Reference.GetStringList("ao.node.roles").Order(StringComparer.Ordinal));
        Assert.Equal(Defaults.SeedNodes.Select(s => s.ToString()), Reference.GetStringList("ao.node.seed-nodes"));
        Assert.Equal(Defaults.AppVersion ?? "", cluster.GetString("app-version"));
        Assert.Equal(Defaults.SeedNodeTimeout, cluster.GetDuration("seed-node-timeout"));
        Assert.Equal(Defaults.RetryUnsuccessfulJoinAfter, cluster.GetDuration("retry-unsuccessful-join-after"));
        Assert.Equal(Defaults.MinNrOfMembers, cluster.GetInt("min-nr-of-members"));
        Assert.Empty(cluster.GetConfig("role").Keys);
        Assert.Empty(Defaults.MinNrOfMembersOfRole);
        Assert.Equal(Defaults.GossipInterval, cluster.GetDuration("gossip-interval"));
        Assert.Equal(Defaults.GossipDifferentViewProbability, cluster.GetDouble("gossip-different-view-probability"));
        Assert.Equal(Defaults.LeaderActionsInterval, cluster.GetDuration("leader-actions-interval"));
        Assert.Equal(Defaults.AllowWeaklyUpMembers, cluster.GetDuration("allow-weakly-up-members"));
        Assert.Equal(Defaults.PruneGossipTombstonesAfter, cluster.GetDuration("prune-gossip-tombstones-after"));

        Assert.Equal(Defaults.FailureDetector.HeartbeatInterval, fd.GetDuration("heartbeat-interval"));
        Assert.Equal(Defaults.FailureDetector.Threshold, fd.GetDouble("threshold"));
        Assert.Equal(Defaults.FailureDetector.AcceptableHeartbeatPause, fd.GetDuration("acceptable-heartbeat-pause"));
        Assert.Equal(Defaults.FailureDetector.MinStdDeviation, fd.GetDuration("min-std-deviation"));
        Assert.Equal(Defaults.FailureDetector.MaxSampleSize, fd.GetInt("max-sample-size"));
        Assert.Equal(Defaults.FailureDetector.FirstHeartbeatEstimate, fd.GetDuration("first-heartbeat-estimate"));
        Assert.Equal(Defaults.FailureDetector.MonitoredByNrOfMembers, fd.GetInt("monitored-by-nr-of-members"));
        Assert.Equal(Defaults.FailureDetector.ExpectedResponseAfter, fd.GetDuration("expected-response-after"));
        Assert.Equal(Defaults.FailureDetector.ReaperInterval, fd.GetDuration("unreachable-nodes-reaper-interval"));

        Assert.Equal(Defaults.SplitBrainResolver.ActiveStrategy, SplitBrainResolverSettings.ParseStrategy(sbr.GetString("active-strategy")));
        Assert.Equal(Defaults.SplitBrainResolver.StableAfter, sbr.GetDuration("stable-after"));
        Assert.True(Defaults.SplitBrainResolver.DownAllWhenUnstableEnabled);
        Assert.Null(Defaults.SplitBrainResolver.DownAllWhenUnstableAfter);
        Assert.Equal("on", sbr.GetString("down-all-when-unstable"));
        Assert.Equal(Defaults.SplitBrainResolver.Role ?? "", sbr.GetString("role"));
        Assert.Equal(Defaults.SplitBrainResolver.StaticQuorumSize, sbr.GetInt("static-quorum.quorum-size"));
        Assert.Equal(Defaults.SplitBrainResolver.KeepOldestDownIfAlone, sbr.GetBoolean("keep-oldest.down-if-alone"));
    }

    [Fact]
    public void Every_key_of_the_cluster_section_is_covered_by_the_comparison_above()
    {
        const string Prefix = "ao.cluster.";
        var keys = Reference.Entries().Select(e => e.Path).Where(p => p.StartsWith(Prefix, StringComparison.Ordinal)).Select(p => p[Prefix.Length..]).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "allow-weakly-up-members", "app-version",
                "failure-detector.acceptable-heartbeat-pause", "failure-detector.expected-response-after",
                "failure-detector.first-heartbeat-estimate", "failure-detector.heartbeat-interval", "failure-detector.max-sample-size",
                "failure-detector.min-std-deviation", "failure-detector.monitored-by-nr-of-members", "failure-detector.threshold",
                "failure-detector.unreachable-nodes-reaper-interval",
                "gossip-different-view-probability", "gossip-interval", "leader-actions-interval", "min-nr-of-members",
                "prune-gossip-tombstones-after", "retry-unsuccessful-join-after", "seed-node-timeout",
                "split-brain-resolver.active-strategy", "split-brain-resolver.down-all-when-unstable",
                "split-brain-resolver.keep-oldest.down-if-alone", "split-brain-resolver.role",
                "split-brain-resolver.stable-after", "split-brain-resolver.static-quorum.quorum-size",
            ],
            keys.Where(k => k != "role" && !k.StartsWith("singleton.", StringComparison.Ordinal) && !k.StartsWith("singleton-proxy.", StringComparison.Ordinal) && !k.StartsWith("sharding.", StringComparison.Ordinal)));
    }

    public static TheoryData<string, Func<ClusterSettings, ClusterSettings>> InvalidSettings() => new()
    {
        { "ao.node.seed-nodes", s => s with { SeedNodes = [new NodeAddress("a", 1), new NodeAddress("a", 1)] } },
        { "ao.node.roles", s => s with { Roles = ImmutableSortedSet.Create("control plane") } },
        { "ao.cluster.app-version", s => s with { AppVersion = "" } },
        { "ao.cluster.seed-node-timeout", s => s with { SeedNodeTimeout = TimeSpan.Zero } },
        { "ao.cluster.retry-unsuccessful-join-after", s => s with { RetryUnsuccessfulJoinAfter = TimeSpan.FromSeconds(5) } },
        { "ao.cluster.min-nr-of-members", s => s with { MinNrOfMembers = 0 } },
        { "ao.cluster.role.worker.min-nr-of-members", s => s with { MinNrOfMembersOfRole = ImmutableSortedDictionary<string, int>.Empty.Add("worker", 0) } },
        { "ao.cluster.gossip-interval", s => s with { GossipInterval = TimeSpan.FromSeconds(-1) } },
        { "ao.cluster.gossip-different-view-probability", s => s with { GossipDifferentViewProbability = 1.5 } },
        { "ao.cluster.leader-actions-interval", s => s with { LeaderActionsInterval = TimeSpan.Zero } },
        { "ao.cluster.allow-weakly-up-members", s => s with { AllowWeaklyUpMembers = TimeSpan.Zero } },
        { "ao.cluster.prune-gossip-tombstones-after", s => s with { PruneGossipTombstonesAfter = TimeSpan.Zero } },
        { "ao.cluster.failure-detector.heartbeat-interval", s => s with { FailureDetector = s.FailureDetector with { HeartbeatInterval = TimeSpan.Zero } } },
        { "ao.cluster.failure-detector.threshold", s => s with { FailureDetector = s.FailureDetector with { Threshold = 0 } } },
        { "ao.cluster.failure-detector.acceptable-heartbeat-pause", s => s with { FailureDetector = s.FailureDetector with { AcceptableHeartbeatPause = TimeSpan.FromSeconds(-1) } } },
        { "ao.cluster.failure-detector.min-std-deviation", s => s with { FailureDetector = s.FailureDetector with { MinStdDeviation = TimeSpan.Zero } } },
        { "ao.cluster.failure-detector.max-sample-size", s => s with { FailureDetector = s.FailureDetector with { MaxSampleSize = 0 } } },
        { "ao.cluster.failure-detector.first-heartbeat-estimate", s => s with { FailureDetector = s.FailureDetector with { FirstHeartbeatEstimate = TimeSpan.Zero } } },
        { "ao.cluster.failure-detector.monitored-by-nr-of-members", s => s with { FailureDetector = s.FailureDetector with { MonitoredByNrOfMembers = 0 } } },
        { "ao.cluster.failure-detector.expected-response-after", s => s with { FailureDetector = s.FailureDetector with { ExpectedResponseAfter = TimeSpan.Zero } } },
        { "ao.cluster.failure-detector.unreachable-nodes-reaper-interval", s => s with { FailureDetector = s.FailureDetector with { ReaperInterval = TimeSpan.Zero } } },
        { "ao.cluster.split-brain-resolver.active-strategy", s => s with { SplitBrainResolver = s.SplitBrainResolver with { ActiveStrategy = (DowningStrategyKind)42 } } },
        { "ao.cluster.split-brain-resolver.stable-after", s => s with { SplitBrainResolver = s.SplitBrainResolver with { StableAfter = TimeSpan.Zero } } },
        { "ao.cluster.split-brain-resolver.down-all-when-unstable", s => s with { SplitBrainResolver = s.SplitBrainResolver with { DownAllWhenUnstableAfter = TimeSpan.Zero } } },
        { "ao.cluster.split-brain-resolver.role", s => s with { SplitBrainResolver = s.SplitBrainResolver with { Role = "" } } },
        { "ao.cluster.split-brain-resolver.static-quorum.quorum-size", s => s with { SplitBrainResolver = s.SplitBrainResolver with { StaticQuorumSize = -1 } } },
        { "ao.cluster.split-brain-resolver.static-quorum.quorum-size", s => s with { SplitBrainResolver = s.SplitBrainResolver with { ActiveStrategy = DowningStrategyKind.StaticQuorum } } },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void An_invalid_setting_is_refused_naming_its_key(string key, Func<ClusterSettings, ClusterSettings> change)
    {
        var error = Assert.Throws<ArgumentException>(() => change(Defaults).Validate());

        Assert.StartsWith($"Invalid cluster setting {key}: ", error.Message);
    }

    [Fact]
    public void Weakly_up_can_be_switched_off_and_static_quorum_is_valid_with_a_quorum_size()
    {
        var settings = Defaults with
        {
            AllowWeaklyUpMembers = null,
            SplitBrainResolver = Defaults.SplitBrainResolver with { ActiveStrategy = DowningStrategyKind.StaticQuorum, StaticQuorumSize = 2 },
        };

        settings.Validate();
    }
}
