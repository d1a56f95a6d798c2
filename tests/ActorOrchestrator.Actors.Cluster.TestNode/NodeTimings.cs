using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.TestNode;

/// <summary>Timings a few times faster than the defaults, for tests that should not wait long.</summary>
internal static class NodeTimings
{
    public static readonly RemoteSettings FastRemoting = RemoteSettings.Default with
    {
        ConnectionTimeout = TimeSpan.FromSeconds(5),
        HandshakeTimeout = TimeSpan.FromSeconds(5),
        RetryGateClosedFor = TimeSpan.FromMilliseconds(500),
        SystemMessageResendInterval = TimeSpan.FromMilliseconds(200),
        HeartbeatInterval = TimeSpan.FromMilliseconds(200),
        AcceptableHeartbeatPause = TimeSpan.FromSeconds(3),
    };

    public static readonly ClusterSettings FastCluster = ClusterSettings.Default with
    {
        SeedNodeTimeout = TimeSpan.FromSeconds(1),
        RetryUnsuccessfulJoinAfter = TimeSpan.FromSeconds(3),
        GossipInterval = TimeSpan.FromMilliseconds(200),
        LeaderActionsInterval = TimeSpan.FromMilliseconds(200),
        FailureDetector = ClusterSettings.Default.FailureDetector with
        {
            HeartbeatInterval = TimeSpan.FromMilliseconds(200),
            FirstHeartbeatEstimate = TimeSpan.FromMilliseconds(200),
            AcceptableHeartbeatPause = TimeSpan.FromSeconds(1),
            ExpectedResponseAfter = TimeSpan.FromMilliseconds(500),
            ReaperInterval = TimeSpan.FromMilliseconds(100),
        },
        SplitBrainResolver = ClusterSettings.Default.SplitBrainResolver with { StableAfter = TimeSpan.FromSeconds(2) },
    };
}
