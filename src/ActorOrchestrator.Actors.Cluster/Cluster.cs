using ActorOrchestrator.Actors.Cluster.Daemon;
using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster;

/// <summary>
/// Cluster membership for one actor system: starts the cluster daemon (/system/cluster) over the system's
/// remoting, which joins through the seed nodes of the settings. The member's identity is its remoting address
/// and uid.
/// </summary>
public sealed class Cluster
{
    private Cluster(ClusterSettings settings, UniqueAddress self, IActorRef daemon, Remoting remoting)
    {
        Remoting = remoting;
        Settings = settings;
        SelfAddress = self;
        Daemon = daemon;
    }

    public ClusterSettings Settings { get; }

    /// <summary>The remoting the members talk over.</summary>
    internal Remoting Remoting { get; }

    /// <summary>This member: the remoting host and port and the process's uid.</summary>
    public UniqueAddress SelfAddress { get; }

    /// <summary>The cluster daemon; it also accepts Leave, Down, SubscribeClusterEvents and GetClusterState.</summary>
    public IActorRef Daemon { get; }

    /// <summary>Starts membership; the member begins joining at once.</summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names its key).</exception>
    public static Cluster Start(ActorSystem system, Remoting remoting, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(remoting);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var self = new UniqueAddress(remoting.Address.Host, remoting.Address.Port, remoting.Uid);
        var daemon = system.SystemActorOf(ClusterDaemon.Props(settings, remoting, self), "cluster");
        var cluster = new Cluster(settings, self, daemon, remoting);
        var leaveTimeout = system.CoordinatedShutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseClusterLeave);
        system.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseClusterLeave, "leave-cluster", () => cluster.LeaveAndAwaitExitAsync(leaveTimeout));
        return cluster;
    }

    /// <summary><paramref name="subscriber"/> gets a CurrentClusterState, then every cluster event.</summary>
    public void Subscribe(IActorRef subscriber) => Daemon.Tell(new SubscribeClusterEvents(subscriber), ActorRefs.NoSender);

    public void Unsubscribe(IActorRef subscriber) => Daemon.Tell(new UnsubscribeClusterEvents(subscriber), ActorRefs.NoSender);

    /// <summary>This member leaves gracefully: Leaving, then Exiting (when it shuts down), then removed.</summary>
    public void Leave() => Leave(SelfAddress.Address);

    /// <summary>The member at <paramref name="address"/> leaves gracefully.</summary>
    public void Leave(NodeAddress address) => Daemon.Tell(new Leave(address), ActorRefs.NoSender);

    /// <summary>The member at <paramref name="address"/> is declared Down (it shuts down if it hears so).</summary>
    public void Down(NodeAddress address) => Daemon.Tell(new Membership.Down(address), ActorRefs.NoSender);

    /// <summary>
    /// Leaves gracefully and completes once this member is Exiting (or Down, or in no cluster): what coordinated
    /// shutdown runs in its cluster-leave phase, so a stopped process hands over before it goes.
    /// </summary>
    public Task LeaveAndAwaitExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        Daemon.Ask<ExitedCluster>(replyTo => new LeaveAndNotify(replyTo), timeout, cancellationToken);

    /// <summary>The membership as this member sees it now.</summary>
    public Task<CurrentClusterState> GetStateAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Daemon.Ask<CurrentClusterState>(GetClusterState.Instance, timeout ?? TimeSpan.FromSeconds(5), cancellationToken);
}
