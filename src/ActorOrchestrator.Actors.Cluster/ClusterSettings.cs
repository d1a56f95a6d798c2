using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster;

/// <summary>
/// Every knob of cluster membership: the <c>ao.cluster</c> section of hocon/reference.conf (whose defaults these
/// equal) plus this member's seed nodes and roles from <c>ao.node</c>. The host maps configuration onto it.
/// </summary>
public sealed record ClusterSettings
{
    public static ClusterSettings Default { get; } = new();

    /// <summary>Members to join through, in order; the first alone may start a new cluster (ao.node.seed-nodes).</summary>
    public ImmutableArray<NodeAddress> SeedNodes { get; init; } = [];

    /// <summary>Roles of this member (ao.node.roles).</summary>
    public ImmutableSortedSet<string> Roles { get; init; } = ImmutableSortedSet.Create(StringComparer.Ordinal, "control-plane", "worker");

    /// <summary>Application version this member announces when joining; null when none (ao.cluster.app-version).</summary>
    public string? AppVersion { get; init; }

    /// <summary>How often a joiner logs that no seed answered yet (it asks again every second); also the first seed's wait before it starts a cluster alone (ao.cluster.seed-node-timeout).</summary>
    public TimeSpan SeedNodeTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a Join may go unanswered by Welcome before the seed process starts over (ao.cluster.retry-unsuccessful-join-after).</summary>
    public TimeSpan RetryUnsuccessfulJoinAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Members the cluster needs before the leader moves any Joining member to Up (ao.cluster.min-nr-of-members).</summary>
    public int MinNrOfMembers { get; init; } = 1;

    /// <summary>Per role, members needed before the leader moves any Joining member to Up (ao.cluster.role.ROLE.min-nr-of-members).</summary>
    public ImmutableSortedDictionary<string, int> MinNrOfMembersOfRole { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>How often a member gossips to one other member (ao.cluster.gossip-interval).</summary>
    public TimeSpan GossipInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Chance of preferring a gossip target that has not seen the current version (ao.cluster.gossip-different-view-probability).</summary>
    public double GossipDifferentViewProbability { get; init; } = 0.8;

    /// <summary>How often the leader performs its actions (ao.cluster.leader-actions-interval).</summary>
    public TimeSpan LeaderActionsInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time without convergence after which the leader moves Joining members to WeaklyUp; null is off (ao.cluster.allow-weakly-up-members).</summary>
    public TimeSpan? AllowWeaklyUpMembers { get; init; } = TimeSpan.FromSeconds(7);

    /// <summary>How long tombstones of removed members are kept in the gossip (ao.cluster.prune-gossip-tombstones-after).</summary>
    public TimeSpan PruneGossipTombstonesAfter { get; init; } = TimeSpan.FromHours(24);

    public FailureDetectorSettings FailureDetector { get; init; } = FailureDetectorSettings.Default;

    public SplitBrainResolverSettings SplitBrainResolver { get; init; } = SplitBrainResolverSettings.Default;

    /// <summary>Throws <see cref="ArgumentException"/> naming the key of the first invalid setting.</summary>
    public ClusterSettings Validate()
    {
        Check(SeedNodes.Distinct().Count() == SeedNodes.Length, "ao.node.seed-nodes", $"lists an address twice: [{string.Join(", ", SeedNodes)}]");
        Check(Roles.All(IsRoleName), "ao.node.roles", $"role names must be non-empty without white space, were [{string.Join(", ", Roles)}]");
        Check(AppVersion is null || (AppVersion.Length > 0 && !AppVersion.Any(char.IsWhiteSpace)), "ao.cluster.app-version", $"must be empty or a version without white space, was '{AppVersion}'");
        Positive(SeedNodeTimeout, "ao.cluster.seed-node-timeout");
        Check(RetryUnsuccessfulJoinAfter > SeedNodeTimeout, "ao.cluster.retry-unsuccessful-join-after", $"must be longer than ao.cluster.seed-node-timeout ({SeedNodeTimeout}), was {RetryUnsuccessfulJoinAfter}");
        Check(MinNrOfMembers >= 1, "ao.cluster.min-nr-of-members", $"must be at least 1, was {MinNrOfMembers}");
        foreach (var (role, minimum) in MinNrOfMembersOfRole)
        {
            Check(IsRoleName(role), $"ao.cluster.role.{role}", "is not a valid role name");
            Check(minimum >= 1, $"ao.cluster.role.{role}.min-nr-of-members", $"must be at least 1, was {minimum}");
        }
        Positive(GossipInterval, "ao.cluster.gossip-interval");
        Check(GossipDifferentViewProbability is >= 0.0 and <= 1.0, "ao.cluster.gossip-different-view-probability", $"must be between 0 and 1, was {GossipDifferentViewProbability}");
        Positive(LeaderActionsInterval, "ao.cluster.leader-actions-interval");
        Check(AllowWeaklyUpMembers is null || AllowWeaklyUpMembers > TimeSpan.Zero, "ao.cluster.allow-weakly-up-members", $"must be positive or off, was {AllowWeaklyUpMembers}");
        Positive(PruneGossipTombstonesAfter, "ao.cluster.prune-gossip-tombstones-after");
        ValidateFailureDetector(FailureDetector);
        ValidateSplitBrainResolver(SplitBrainResolver);
        return this;
    }

    private static void ValidateFailureDetector(FailureDetectorSettings fd)
    {
        const string Section = "ao.cluster.failure-detector";
        Positive(fd.HeartbeatInterval, $"{Section}.heartbeat-interval");
        Check(fd.Threshold > 0 && double.IsFinite(fd.Threshold), $"{Section}.threshold", $"must be a positive number, was {fd.Threshold}");
        Check(fd.AcceptableHeartbeatPause >= TimeSpan.Zero, $"{Section}.acceptable-heartbeat-pause", $"must not be negative, was {fd.AcceptableHeartbeatPause}");
        Positive(fd.MinStdDeviation, $"{Section}.min-std-deviation");
        Check(fd.MaxSampleSize >= 1, $"{Section}.max-sample-size", $"must be at least 1, was {fd.MaxSampleSize}");
        Positive(fd.FirstHeartbeatEstimate, $"{Section}.first-heartbeat-estimate");
        Check(fd.MonitoredByNrOfMembers >= 1, $"{Section}.monitored-by-nr-of-members", $"must be at least 1, was {fd.MonitoredByNrOfMembers}");
        Positive(fd.ExpectedResponseAfter, $"{Section}.expected-response-after");
        Positive(fd.ReaperInterval, $"{Section}.unreachable-nodes-reaper-interval");
    }

    private static void ValidateSplitBrainResolver(SplitBrainResolverSettings sbr)
    {
        const string Section = "ao.cluster.split-brain-resolver";
        Check(Enum.IsDefined(sbr.ActiveStrategy), $"{Section}.active-strategy", $"is not a known strategy: {sbr.ActiveStrategy}");
        Positive(sbr.StableAfter, $"{Section}.stable-after");
        Check(sbr.DownAllWhenUnstableAfter is null || sbr.DownAllWhenUnstableAfter > TimeSpan.Zero, $"{Section}.down-all-when-unstable", $"must be on, off or a positive duration, was {sbr.DownAllWhenUnstableAfter}");
        Check(sbr.Role is null || IsRoleName(sbr.Role), $"{Section}.role", $"must be empty or a role name, was '{sbr.Role}'");
        Check(sbr.StaticQuorumSize >= 0, $"{Section}.static-quorum.quorum-size", $"must not be negative, was {sbr.StaticQuorumSize}");
        Check(sbr.ActiveStrategy != DowningStrategyKind.StaticQuorum || sbr.StaticQuorumSize >= 1, $"{Section}.static-quorum.quorum-size", "must be at least 1 when active-strategy is static-quorum");
    }

    private static bool IsRoleName(string role) => role.Length > 0 && !role.Any(char.IsWhiteSpace);

    private static void Positive(TimeSpan value, string key) => Check(value > TimeSpan.Zero, key, $"must be positive, was {value}");

    private static void Check(bool valid, string key, string problem)
    {
        if (!valid)
        {
            throw new ArgumentException($"Invalid cluster setting {key}: {problem}");
        }
    }
}
