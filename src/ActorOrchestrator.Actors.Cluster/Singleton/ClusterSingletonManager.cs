using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>
/// Runs on every member with the role and keeps at most one singleton in the cluster: the singleton (a child named
/// <see cref="ClusterSingletonManagerSettings.SingletonName"/>) runs only on the oldest Up member of the role, and
/// only once every older member that may still run it has handed it over or has been removed for the removal margin.
/// A manager that has handed the singleton over never starts it again.
/// </summary>
public sealed partial class ClusterSingletonManager : ReceiveActor, IWithTimers
{
    private const string RetryTimer = "hand-over-retry";

    private readonly Cluster _cluster;
    private readonly Remoting _remoting;
    private readonly Props _singletonProps;
    private readonly object _terminationMessage;
    private readonly ClusterSingletonManagerSettings _settings;
    private readonly Dictionary<UniqueAddress, Member> _members = [];
    private readonly HashSet<UniqueAddress> _handedOverBy = [];
    private readonly List<IActorRef> _awaitingHandOverDone = [];
    private readonly List<IActorRef> _awaitingStop = [];
    private string _managerPath = "";
    private IActorRef? _singleton;
    private bool _started;
    private bool _handedOver;
    private bool _waitingLogged;

    private ClusterSingletonManager(Cluster cluster, Remoting remoting, Props singletonProps, object terminationMessage, ClusterSingletonManagerSettings settings)
    {
        _cluster = cluster;
        _remoting = remoting;
        _singletonProps = singletonProps;
        _terminationMessage = terminationMessage;
        _settings = settings;
        Receive<CurrentClusterState>(OnClusterState);
        Receive<IMemberEvent>(OnMemberEvent);
        Receive<RemovalMarginElapsed>(OnRemovalMarginElapsed);
        Receive<HandOverToMe>(OnHandOverToMe);
        Receive<HandOverInProgress>(_ => { });
        Receive<HandOverDone>(OnHandOverDone);
        Receive<TakeOverFromMe>(OnTakeOverFromMe);
        Receive<RetryTick>(_ => Evaluate());
        Receive<AwaitSingletonStopped>(OnAwaitSingletonStopped);
        Receive<Terminated>(t => t.ActorRef.Equals(_singleton), OnSingletonTerminated);
        ReceiveAny(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>
    /// Props of the manager of <paramref name="singletonProps"/> on the member of <paramref name="cluster"/>; start one with
    /// the same name on every member with the role. <paramref name="terminationMessage"/> (e.g. PoisonPill.Instance) is
    /// what the singleton gets when it must stop for a hand-over.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names its key).</exception>
    public static Props Props(Cluster cluster, Props singletonProps, object terminationMessage, ClusterSingletonManagerSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(singletonProps);
        ArgumentNullException.ThrowIfNull(terminationMessage);
        var checkedSettings = (settings ?? ClusterSingletonManagerSettings.Default).Validate();
        var remoting = cluster.Remoting;
        return Actors.Props.Create(() => new ClusterSingletonManager(cluster, remoting, singletonProps, terminationMessage, checkedSettings));
    }

    protected override void PreStart()
    {
        _managerPath = "/" + string.Join('/', Self.Path.Elements);
        if (_settings.Role is { } role && !_cluster.Settings.Roles.Contains(role))
        {
            SingletonLog.MissingRole(Context.Log, _settings.SingletonName, _cluster.SelfAddress.ToString(), role);
        }
        var self = Self;
        var shutdown = Context.System.CoordinatedShutdown;
        var timeout = shutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseClusterExiting);
        shutdown.AddTask(CoordinatedShutdown.PhaseClusterExiting, "singleton-hand-over-" + _managerPath, () => self.Ask<SingletonStopped>(replyTo => new AwaitSingletonStopped(replyTo), timeout).ContinueWith(static _ => { }, TaskScheduler.Default));
        _cluster.Subscribe(Self);
        Timers.StartPeriodicTimer(RetryTimer, RetryTick.Instance, _settings.HandOverRetryInterval);
    }

    protected override void PostStop() => _cluster.Unsubscribe(Self);

    private UniqueAddress SelfAddress => _cluster.SelfAddress;

    private Member? Me => _members.GetValueOrDefault(SelfAddress);

    private bool HasRole(Member member) => _settings.Role is null || member.HasRole(_settings.Role);

    private void OnClusterState(CurrentClusterState state)
    {
        foreach (var member in state.Members.Where(HasRole))
        {
            _members[member.UniqueAddress] = member;
        }
        Evaluate();
    }

    private void OnMemberEvent(IMemberEvent memberEvent)
    {
        var member = memberEvent.Member;
        if (!HasRole(member))
        {
            return;
        }
        _members[member.UniqueAddress] = member;
        if (memberEvent is MemberRemoved)
        {
            // A removed member may still be running the singleton until its own shutdown completes: it counts for
            // the removal margin longer.
            Timers.StartSingleTimer("removed-" + member.UniqueAddress, new RemovalMarginElapsed(member.UniqueAddress), _settings.RemovalMargin);
        }
        Evaluate();
    }

    private void OnRemovalMarginElapsed(RemovalMarginElapsed elapsed)
    {
        if (_members.TryGetValue(elapsed.Member, out var member) && member.Status == MemberStatus.Removed)
        {
            _members.Remove(elapsed.Member);
            Evaluate();
        }
    }

    /// <summary>The member that should host the singleton now: the oldest Up member of the role.</summary>
    private Member? Designated() =>
        _members.Values.Where(static m => m.Status == MemberStatus.Up).Order(Member.AgeOrder).FirstOrDefault();

    private IActorRef ManagerAt(UniqueAddress member) =>
        _remoting.ActorFor(new RemoteAddress(Context.System.Name, member.Host, member.Port), _managerPath);
}
