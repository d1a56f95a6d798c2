using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Daemon;

/// <summary>The cluster daemon's log messages (category ActorOrchestrator.Actors.Cluster).</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Cluster member {Self} starting with roles [{Roles}] and seed nodes [{Seeds}]")]
    public static partial void Starting(ILogger logger, string self, string roles, string seeds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Still not in a cluster after {Attempts} attempts ({ElapsedSeconds:0.#} s): {Detail}")]
    public static partial void StillJoining(ILogger logger, int attempts, double elapsedSeconds, string detail);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Self} forms a new cluster: {Reason}")]
    public static partial void FormingCluster(ILogger logger, string self, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Seed {Seed} answered; joining the cluster through it")]
    public static partial void JoiningThrough(ILogger logger, string seed);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Welcomed into the cluster by {From}")]
    public static partial void Welcomed(ILogger logger, string from);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Join request from {Joiner}: {Outcome}. {Explanation}")]
    public static partial void JoinDecided(ILogger logger, string joiner, string outcome, string explanation);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Member {Member} is {Status}")]
    public static partial void MemberChanged(ILogger logger, string member, string status);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Marking {Member} unreachable: no heartbeat answer (phi {Phi:0.0})")]
    public static partial void MarkedUnreachable(ILogger logger, string member, double phi);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "{Member} answers heartbeats again")]
    public static partial void MarkedReachable(ILogger logger, string member);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Split-brain resolver downs [{Members}]: {Reason}")]
    public static partial void Downing(ILogger logger, string members, string reason);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "{Self} shuts down: {Reason}")]
    public static partial void ShuttingDown(ILogger logger, string self, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Leader is now {Leader}")]
    public static partial void LeaderChanged(ILogger logger, string leader);

    [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "Ignored gossip from {From}: {Kind}")]
    public static partial void GossipIgnored(ILogger logger, string from, string kind);

    [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "Member {Member} is unreachable")]
    public static partial void MemberUnreachable(ILogger logger, string member);
}
