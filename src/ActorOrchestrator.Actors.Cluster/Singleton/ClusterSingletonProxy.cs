using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>
/// Forwards every message it gets to the singleton wherever it runs: it follows the oldest Up member of the role
/// from cluster events, identifies the singleton there (again every identification interval until it answers), and
/// buffers messages, in order and bounded, while the singleton is unknown. The sender of each message is kept.
/// </summary>
public sealed class ClusterSingletonProxy : ReceiveActor, IWithTimers
{
    private const string IdentifyTimer = "identify";

    private readonly Cluster _cluster;
    private readonly Remoting _remoting;
    private readonly string _singletonPath;
    private readonly ClusterSingletonProxySettings _settings;
    private readonly Dictionary<UniqueAddress, Member> _members = [];
    private readonly Queue<(object Message, IActorRef Sender)> _buffer = new();
    private UniqueAddress? _target;
    private IActorRef? _singleton;
    private string _identifyId = "";
    private long _identifyCount;

    private ClusterSingletonProxy(Cluster cluster, Remoting remoting, string singletonManagerPath, ClusterSingletonProxySettings settings)
    {
        _cluster = cluster;
        _remoting = remoting;
        _settings = settings;
        _singletonPath = singletonManagerPath.TrimEnd('/') + "/" + settings.SingletonName;
        Receive<CurrentClusterState>(OnClusterState);
        Receive<IMemberEvent>(OnMemberEvent);
        Receive<IClusterDomainEvent>(_ => { });
        Receive<IdentifyTick>(_ => Identify());
        Receive<ActorIdentity>(OnIdentity);
        Receive<Terminated>(OnTerminated);
        ReceiveAny(Deliver);
    }

    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>
    /// Props of a proxy to the singleton managed by the managers at <paramref name="singletonManagerPath"/> (for example
    /// "/user/scheduler") on the members of the role.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid (the message names its key), or the path is not absolute.</exception>
    public static Props Props(Cluster cluster, string singletonManagerPath, ClusterSingletonProxySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(singletonManagerPath);
        if (!singletonManagerPath.StartsWith('/') || singletonManagerPath.Length < 2)
        {
            throw new ArgumentException($"The singleton manager path must be absolute, like /user/scheduler; was '{singletonManagerPath}'.", nameof(singletonManagerPath));
        }
        var checkedSettings = (settings ?? ClusterSingletonProxySettings.Default).Validate();
        var remoting = cluster.Remoting;
        return Actors.Props.Create(() => new ClusterSingletonProxy(cluster, remoting, singletonManagerPath, checkedSettings));
    }

    protected override void PreStart() => _cluster.Subscribe(Self);

    protected override void PostStop() => _cluster.Unsubscribe(Self);

    private void OnClusterState(CurrentClusterState state)
    {
        _members.Clear();
        foreach (var member in state.Members.Where(HasRole))
        {
            _members[member.UniqueAddress] = member;
        }
        Retarget();
    }

    private void OnMemberEvent(IMemberEvent memberEvent)
    {
        if (!HasRole(memberEvent.Member))
        {
            return;
        }
        if (memberEvent is MemberRemoved)
        {
            _members.Remove(memberEvent.Member.UniqueAddress);
        }
        else
        {
            _members[memberEvent.Member.UniqueAddress] = memberEvent.Member;
        }
        Retarget();
    }

    private bool HasRole(Member member) => _settings.Role is null || member.HasRole(_settings.Role);

    /// <summary>Follows the oldest Up member of the role; a new one means the singleton must be identified again.</summary>
    private void Retarget()
    {
        var oldest = _members.Values.Where(static m => m.Status == MemberStatus.Up).Order(Member.AgeOrder).FirstOrDefault()?.UniqueAddress;
        if (oldest == _target)
        {
            return;
        }
        _target = oldest;
        Forget();
        Identify();
    }

    private void Forget()
    {
        if (_singleton is not null)
        {
            Context.Unwatch(_singleton);
            _singleton = null;
        }
    }

    private void Identify()
    {
        if (_singleton is not null || _target is null)
        {
            Timers.Cancel(IdentifyTimer);
            return;
        }
        _identifyId = $"{_target}/{++_identifyCount}";
        var location = _remoting.ActorFor(new RemoteAddress(Context.System.Name, _target.Host, _target.Port), _singletonPath);
        location.Tell(new Identify(_identifyId), Self);
        if (!Timers.IsTimerActive(IdentifyTimer))
        {
            Timers.StartPeriodicTimer(IdentifyTimer, IdentifyTick.Instance, _settings.SingletonIdentificationInterval);
        }
    }

    private void OnIdentity(ActorIdentity identity)
    {
        if (identity.Subject is not { } singleton || _singleton is not null || !Equals(identity.MessageId as string, _identifyId))
        {
            return;
        }
        _singleton = singleton;
        Context.Watch(singleton);
        Timers.Cancel(IdentifyTimer);
        SingletonLog.Identified(Context.Log, _settings.SingletonName, _target?.ToString() ?? "?");
        while (_buffer.TryDequeue(out var buffered))
        {
            singleton.Tell(buffered.Message, buffered.Sender);
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        if (terminated.ActorRef.Equals(_singleton))
        {
            _singleton = null;
            Identify();
        }
    }

    private void Deliver(object message)
    {
        if (_singleton is not null)
        {
            _singleton.Forward(message);
            return;
        }
        if (_buffer.Count >= _settings.BufferSize)
        {
            SingletonLog.BufferOverflow(Context.Log, _settings.SingletonName, _settings.BufferSize, message.GetType().Name);
            Context.System.DeadLetters.Tell(new DeadLetter(message, Sender, Self), Sender);
            return;
        }
        _buffer.Enqueue((message, Sender));
    }

    private sealed record IdentifyTick
    {
        public static readonly IdentifyTick Instance = new();
    }
}
