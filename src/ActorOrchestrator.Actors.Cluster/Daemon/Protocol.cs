namespace ActorOrchestrator.Actors.Cluster.Daemon;

/// <summary>Asks the cluster daemon for cluster events: first a CurrentClusterState, then every change.</summary>
public sealed record SubscribeClusterEvents(IActorRef Subscriber);

/// <summary>Stops the cluster events to <paramref name="Subscriber"/>.</summary>
public sealed record UnsubscribeClusterEvents(IActorRef Subscriber);

/// <summary>Asks the cluster daemon for a CurrentClusterState.</summary>
public sealed record GetClusterState
{
    public static GetClusterState Instance { get; } = new();
}

/// <summary>This member leaves; <paramref name="ReplyTo"/> gets <see cref="ExitedCluster"/> once it is Exiting, Down or gone.</summary>
internal sealed record LeaveAndNotify(IActorRef ReplyTo);

/// <summary>This member is out of the cluster (or was never in one).</summary>
internal sealed record ExitedCluster
{
    public static ExitedCluster Instance { get; } = new();
}

/// <summary>The daemon's own clock ticks; each drives one duty.</summary>
internal sealed record DaemonTick(string Duty)
{
    public static DaemonTick SeedJoin { get; } = new("seed-join");

    public static DaemonTick Gossip { get; } = new("gossip");

    public static DaemonTick LeaderActions { get; } = new("leader-actions");

    public static DaemonTick Heartbeat { get; } = new("heartbeat");

    public static DaemonTick Reaper { get; } = new("reaper");
}
