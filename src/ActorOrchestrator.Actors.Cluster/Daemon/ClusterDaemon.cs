using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Daemon;

/// <summary>
/// The member's cluster actor (/system/cluster): it joins through the seed nodes, gossips, sends heartbeats,
/// marks members unreachable, performs the leader's actions and the split-brain resolver's decisions, and tells
/// subscribers what changed. Every rule is one of the pure functions of this library; the daemon only feeds them
/// messages and clock ticks and sends what they decide. Peers are addressed as /system/cluster on their host and port.
/// </summary>
internal sealed partial class ClusterDaemon : ReceiveActor, IWithTimers
{
    private const string DaemonPath = "/system/cluster";

    private readonly ClusterSettings _settings;
    private readonly Remoting _remoting;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly UniqueAddress _self;
    private readonly HashSet<IActorRef> _subscribers = [];
    private readonly List<IActorRef> _exitWaiters = [];
    private MembershipState _state;
    private SeedJoinProcess? _seedJoin;
    private FailureDetectorRegistry _detectors;
    private DowningStability _stability;
    private TimeSpan? _unconvergedSince;
    private long _heartbeatSequence;
    private bool _shuttingDown;

    public ClusterDaemon(ClusterSettings settings, Remoting remoting, UniqueAddress self)
    {
        _settings = settings;
        _remoting = remoting;
        _self = self;
        _time = remoting.System.TimeProvider;
        _log = remoting.System.LoggerFactory.CreateLogger("ActorOrchestrator.Actors.Cluster");
        _state = MembershipState.Uninitialized(self);
        _detectors = new FailureDetectorRegistry(settings.FailureDetector);
        _stability = DowningStability.Start([], [], Now);

        Receive<DaemonTick>(tick => tick == DaemonTick.SeedJoin, _ => ContinueSeedJoin());
        Receive<DaemonTick>(tick => tick == DaemonTick.Gossip, _ => GossipToAPeer());
        Receive<DaemonTick>(tick => tick == DaemonTick.LeaderActions, _ => PerformLeaderActions());
        Receive<DaemonTick>(tick => tick == DaemonTick.Heartbeat, _ => SendHeartbeats());
        Receive<DaemonTick>(tick => tick == DaemonTick.Reaper, _ => ReapUnreachableMembers());
        Receive<InitJoin>(HandleInitJoin);
        Receive<InitJoinAck>(ack => ApplySeedJoin(_seedJoin?.OnInitJoinAck(ack.Address.Address, Now)));
        Receive<InitJoinNack>(nack => ApplySeedJoin(_seedJoin?.OnInitJoinNack(nack.Address.Address, Now)));
        Receive<Join>(HandleJoin);
        Receive<Welcome>(HandleWelcome);
        Receive<GossipEnvelope>(HandleGossip);
        Receive<GossipStatus>(HandleGossipStatus);
        Receive<Heartbeat>(AnswerHeartbeat);
        Receive<HeartbeatRsp>(RecordHeartbeatAnswer);
        Receive<Leave>(leave => ChangeMemberAt(leave.Address, static (state, node) => state.Leave(node)));
        Receive<Membership.Down>(down => ChangeMemberAt(down.Address, static (state, node) => state.Down(node)));
        Receive<LeaveAndNotify>(LeaveAndNotifyWhenOut);
        Receive<SubscribeClusterEvents>(HandleSubscribe);
        Receive<UnsubscribeClusterEvents>(unsubscribe => RemoveSubscriber(unsubscribe.Subscriber));
        Receive<GetClusterState>(_ => Sender.Tell(CurrentClusterState.From(_state)));
        Receive<Terminated>(terminated => RemoveSubscriber(terminated.ActorRef));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private TimeSpan Now => MonotonicClock.Now(_time);

    public static Props Props(ClusterSettings settings, Remoting remoting, UniqueAddress self) =>
        Actors.Props.Create(() => new ClusterDaemon(settings, remoting, self));

    protected override void PreStart()
    {
        ClusterLog.Starting(_log, _self.ToString(), string.Join(", ", _settings.Roles), string.Join(", ", _settings.SeedNodes));
        var fd = _settings.FailureDetector;
        Timers.StartPeriodicTimer("gossip", DaemonTick.Gossip, _settings.GossipInterval);
        Timers.StartPeriodicTimer("leader-actions", DaemonTick.LeaderActions, _settings.LeaderActionsInterval);
        Timers.StartPeriodicTimer("heartbeat", DaemonTick.Heartbeat, fd.HeartbeatInterval);
        Timers.StartPeriodicTimer("reaper", DaemonTick.Reaper, fd.ReaperInterval);
        StartSeedJoin();
    }

    /// <summary>Makes <paramref name="next"/> the current membership and acts on what changed.</summary>
    private void Update(MembershipState next)
    {
        var previous = _state;
        if (ReferenceEquals(previous, next))
        {
            return;
        }
        _state = next;
        foreach (var change in ClusterEventDiff.Diff(previous, next))
        {
            Announce(change);
            foreach (var subscriber in _subscribers)
            {
                subscriber.Tell(change, Self);
            }
        }
        ShutDownIfOut();
        NotifyExitWaitersIfOut();
    }

    private void Announce(IClusterDomainEvent change)
    {
        switch (change)
        {
            case MemberRemoved removed when removed.Member.UniqueAddress != _self:
                ClusterLog.MemberChanged(_log, removed.Member.UniqueAddress.ToString(), "Removed");
                _detectors = _detectors.Remove(removed.Member.UniqueAddress);
                SendFarewell(removed.Member.UniqueAddress);
                _remoting.Quarantine(RemoteAddressOf(removed.Member.Address), removed.Member.UniqueAddress.Uid, "removed from the cluster");
                break;
            case IMemberEvent member:
                ClusterLog.MemberChanged(_log, member.Member.UniqueAddress.ToString(), member.Member.Status.ToString());
                break;
            case UnreachableMember unreachable:
                ClusterLog.MemberUnreachable(_log, unreachable.Member.UniqueAddress.ToString());
                break;
            case LeaderChanged leader:
                ClusterLog.LeaderChanged(_log, leader.Leader?.ToString() ?? "none");
                break;
        }
    }

    /// <summary>A removed member may not have heard yet: one last gossip shows it its tombstone, so it shuts down.</summary>
    private void SendFarewell(UniqueAddress removed) => PeerAt(removed.Address).Tell(new GossipEnvelope(_self, removed, _state.Gossip), Self);

    /// <summary>Whether this member is out of the cluster: not in one, Exiting, Down, or shutting down.</summary>
    private bool IsOut => _shuttingDown || _state.SelfMember is null or { Status: MemberStatus.Exiting or MemberStatus.Down };

    private void LeaveAndNotifyWhenOut(LeaveAndNotify request)
    {
        _exitWaiters.Add(request.ReplyTo);
        Update(_state.Leave(_self));
        NotifyExitWaitersIfOut();
    }

    private void NotifyExitWaitersIfOut()
    {
        if (!IsOut)
        {
            return;
        }
        foreach (var waiter in _exitWaiters)
        {
            waiter.Tell(ExitedCluster.Instance, Self);
        }
        _exitWaiters.Clear();
    }

    /// <summary>Runs coordinated shutdown once this member has been downed, removed, or has finished leaving.</summary>
    private void ShutDownIfOut()
    {
        var status = _state.SelfMember?.Status;
        if (status == MemberStatus.Down)
        {
            ShutDown(ShutdownReason.ClusterDowning, "this member was downed");
        }
        else if (status == MemberStatus.Exiting)
        {
            ShutDown(ShutdownReason.ClusterLeaving, "this member has left the cluster");
        }
    }

    private void ShutDown(ShutdownReason reason, string why)
    {
        if (_shuttingDown)
        {
            return;
        }
        _shuttingDown = true;
        ClusterLog.ShuttingDown(_log, _self.ToString(), why);
        NotifyExitWaitersIfOut();
        _ = Context.System.CoordinatedShutdown.RunAsync(reason);
    }

    private void HandleSubscribe(SubscribeClusterEvents subscribe)
    {
        if (_subscribers.Add(subscribe.Subscriber))
        {
            Context.Watch(subscribe.Subscriber);
        }
        subscribe.Subscriber.Tell(CurrentClusterState.From(_state), Self);
    }

    private void RemoveSubscriber(IActorRef subscriber)
    {
        if (_subscribers.Remove(subscriber))
        {
            Context.Unwatch(subscriber);
        }
    }

    private void ChangeMemberAt(NodeAddress address, Func<MembershipState, UniqueAddress, MembershipState> change)
    {
        if (_state.Gossip.MemberAt(address) is { } member)
        {
            Update(change(_state, member.UniqueAddress));
        }
    }

    private IActorRef PeerAt(NodeAddress address) => _remoting.ActorFor(RemoteAddressOf(address), DaemonPath);

    private RemoteAddress RemoteAddressOf(NodeAddress address) => new(Context.System.Name, address.Host, address.Port);
}
