using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors;

/// <summary>
/// The runtime side of one actor incarnation. To keep an idle actor small, the cell is at once the actor's ref,
/// its mailbox (an inline lock-free queue plus a system-message stack), its thread-pool work item and the
/// context the actor sees. Everything rarely needed (children, watchers, timers, stash, behaviours) is
/// allocated lazily. Partial files split it by concern.
/// </summary>
internal sealed partial class ActorCell : InternalActorRef, IActorContext
{
    [ThreadStatic]
    private static ActorCell? t_current;

    [ThreadStatic]
    private static ActorCell? t_constructing;

    private readonly ActorSystem _system;
    private readonly ActorCell? _parent;
    private readonly string _name;
    private readonly int _uid;
    private readonly Props _props;
    private ActorBase? _actor;
    private object? _currentMessage;
    private IActorRef? _currentSender;
    private ChildrenContainer? _children;
    private CellExtras? _extras;
    private ActorPath? _path;
    private int _lifecycle;
    private int _suspendCount;

    internal ActorCell(ActorSystem system, ActorCell? parent, string name, Props props, ActorPath? path = null)
    {
        _system = system;
        _parent = parent;
        _name = name;
        _props = props;
        _path = path;
        _uid = parent is null ? 0 : NewUid();
        _capacity = props.MailboxCapacity ?? system.Settings.DefaultMailboxCapacity;
        _lifecycle = LifecycleUncreated;
        _status = StatusScheduled;
    }

    /// <summary>The cell whose actor runs on this thread right now, if any.</summary>
    internal static ActorCell? Current => t_current;

    /// <summary>
    /// The cell whose actor is being constructed on this thread, handed out once: a second actor instance made
    /// during the same construction (with <c>new</c> instead of Props) gets none and fails.
    /// </summary>
    internal static ActorCell? TakeConstructing()
    {
        var cell = t_constructing;
        t_constructing = null;
        return cell;
    }

    public override ActorPath Path => _path ??= new ActorPath(_parent!.Path, _name, _uid);

    public override bool IsTerminated => Volatile.Read(ref _status) == StatusClosed;

    internal override ActorSystem OwnerSystem => _system;

    public IActorRef Self => this;

    public IActorRef Sender => _currentSender ?? _system.DeadLetters;

    public IActorRef Parent => (IActorRef?)_parent ?? this;

    public ActorSystem System => _system;

    public Props Props => _props;

    public ILogger Log => _system.LoggerFor(_props.ActorType);

    /// <summary>Makes the cell runnable for the first time: it creates its actor on its first turn.</summary>
    internal void Start() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);

    private static int NewUid()
    {
        int uid;
        do
        {
            uid = Random.Shared.Next();
        }
        while (uid == 0);
        return uid;
    }

    private CellExtras Extras => _extras ??= new CellExtras();
}
