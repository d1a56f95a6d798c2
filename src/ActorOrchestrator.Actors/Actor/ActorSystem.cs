using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.Actors;

/// <summary>
/// A hierarchy of actors with its guardians (<c>/user</c> for application actors, <c>/system</c> for the
/// runtime's own), event stream, dead letters, scheduler and coordinated shutdown.
/// </summary>
public sealed partial class ActorSystem : IAsyncDisposable
{
    private readonly ActorCell _root;
    private readonly ActorCell _userGuardian;
    private readonly ActorCell _systemGuardian;
    private readonly ActorPath _tempPath;
    private readonly TaskCompletionSource _terminated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Type, ILogger> _loggers = new();
    private readonly ConcurrentDictionary<string, InternalActorRef> _tempRefs = new(StringComparer.Ordinal);
    private readonly EventHandler? _processExitHandler;
    private long _tempCounter;
    private int _terminating;
    private int _userGuardianGone;

    private ActorSystem(string name, ActorSystemSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        Name = name;
        Settings = settings;
        LoggerFactory = loggerFactory;
        TimeProvider = timeProvider;
        StartTime = timeProvider.GetUtcNow();
        KernelLogger = loggerFactory.CreateLogger("ActorOrchestrator.Actors");
        Log = loggerFactory.CreateLogger($"ActorOrchestrator.Actors.ActorSystem.{name}");
        EventStream = new EventStream();
        DeadLetterLog = new DeadLetterLog(this);
        Scheduler = new Scheduler(timeProvider);
        var rootPath = new ActorPath(name);
        _tempPath = rootPath / "temp";
        DeadLettersRef = new DeadLetterActorRef(this, rootPath / "deadLetters");
        _root = new ActorCell(this, null, string.Empty, Props.Create(static () => new GuardianActor()).WithSupervisorStrategy(SupervisorStrategy.StoppingStrategy), rootPath);
        _root.Start();
        _systemGuardian = (ActorCell)_root.ActorOf(Props.Create(static () => new GuardianActor()), "system");
        _userGuardian = (ActorCell)_root.ActorOf(Props.Create(static () => new GuardianActor()), "user");
        CoordinatedShutdown = new CoordinatedShutdown(this);
        CreateFunctionRef((message, _) => OnUserGuardianTerminated(message), "user-guardian-watcher").Watch(_userGuardian);
        if (settings.RunCoordinatedShutdownOnProcessExit)
        {
            _processExitHandler = (_, _) => RunShutdownOnProcessExit();
            AppDomain.CurrentDomain.ProcessExit += _processExitHandler;
        }
    }

    public string Name { get; }

    public ActorSystemSettings Settings { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Clock of the scheduler, timers, receive timeouts and Ask timeouts.</summary>
    public TimeProvider TimeProvider { get; }

    public DateTimeOffset StartTime { get; }

    public EventStream EventStream { get; }

    /// <summary>Messages sent here are published as <see cref="DeadLetter"/> and logged.</summary>
    public IActorRef DeadLetters => DeadLettersRef;

    public IScheduler Scheduler { get; }

    public CoordinatedShutdown CoordinatedShutdown { get; }

    /// <summary>Logger for code that runs "at system level".</summary>
    public ILogger Log { get; }

    /// <summary>Completes when the system has terminated (all actors stopped).</summary>
    public Task WhenTerminated => _terminated.Task;

    internal DeadLetterActorRef DeadLettersRef { get; }

    /// <summary>Sender used by <c>ref.Tell(message)</c> outside any actor (the TestKit sets its TestActor).</summary>
    internal IActorRef? ExternalDefaultSender { get; set; }

    internal DeadLetterLog DeadLetterLog { get; }

    internal ILogger KernelLogger { get; }

    internal bool IsTerminating => Volatile.Read(ref _terminating) != 0;

    /// <summary>Starts an actor system.</summary>
    /// <param name="name">ASCII letters, digits, '-' and '_', starting with a letter or digit.</param>
    /// <param name="settings">Defaults to <see cref="ActorSystemSettings.Default"/>.</param>
    /// <param name="loggerFactory">Where the kernel and the actors log; defaults to no logging.</param>
    /// <param name="timeProvider">Clock for the scheduler and timers; defaults to the system clock.</param>
    public static ActorSystem Create(string name, ActorSystemSettings? settings = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!SystemNamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"Invalid actor system name '{name}': use ASCII letters, digits, '-' and '_', starting with a letter or digit", nameof(name));
        }
        return new ActorSystem(name, (settings ?? ActorSystemSettings.Default).Validate(), loggerFactory ?? NullLoggerFactory.Instance, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Creates a top-level actor under <c>/user</c>.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => _userGuardian.ActorOf(props, name);

    /// <summary>Creates an actor under <c>/system</c> (for runtime extensions).</summary>
    public IActorRef SystemActorOf(Props props, string? name = null) => _systemGuardian.ActorOf(props, name);

    /// <summary>Stops <paramref name="actor"/> asynchronously (children first, then PostStop, then watchers are told).</summary>
    public void Stop(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor is InternalActorRef target)
        {
            target.SendSystemMessage(new Terminate());
        }
    }

    /// <summary>
    /// Runs coordinated shutdown (when <see cref="ActorSystemSettings.RunCoordinatedShutdownOnTerminate"/>) and stops
    /// every actor; idempotent. The task completes when the system has terminated.
    /// </summary>
    public Task Terminate()
    {
        if (Settings.RunCoordinatedShutdownOnTerminate)
        {
            _ = CoordinatedShutdown.RunAsync(ShutdownReason.ActorSystemTerminate);
        }
        else
        {
            StopGuardians();
        }
        return WhenTerminated;
    }

    /// <summary>
    /// A lightweight ref under <c>/temp</c> whose messages (and the Terminated of actors it watches) are handed to
    /// <paramref name="receive"/> on the sender's thread; the callback must be thread-safe and must not block.
    /// </summary>
    public IFunctionRef CreateFunctionRef(Action<object, IActorRef> receive, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(receive);
        if (name is not null)
        {
            ActorNames.Validate(name, _tempPath);
        }
        var functionRef = new FunctionRef(this, NewTempPath(name), receive);
        if (!_tempRefs.TryAdd(functionRef.Path.Name, functionRef))
        {
            throw new InvalidActorNameException($"Temporary actor name '{name}' is already taken under {_tempPath}");
        }
        return functionRef;
    }

    /// <summary>
    /// The live ref at <paramref name="path"/> in this system (guardians, their descendants, temporary refs such as
    /// Ask replies and function refs), or null when there is none. The address of the path is not checked; a
    /// non-zero <see cref="ActorPath.Uid"/> must match the incarnation.
    /// </summary>
    public IActorRef? ResolveLocal(ActorPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.Equals(path.SystemName, Name, StringComparison.Ordinal) || path.Depth == 0)
        {
            return null;
        }
        var elements = path.Elements;
        InternalActorRef? current = elements[0] switch
        {
            "user" => _userGuardian,
            "system" => _systemGuardian,
            "deadLetters" when elements.Count == 1 => DeadLettersRef,
            "temp" when elements.Count == 2 => _tempRefs.GetValueOrDefault(elements[1]),
            _ => null,
        };
        for (var i = 1; i < elements.Count && current is ActorCell cell && elements[0] != "temp"; i++)
        {
            current = cell.Child(elements[i]) as InternalActorRef;
        }
        if (current is null || current.IsTerminated || (path.Uid != 0 && current.Path.Uid != path.Uid))
        {
            return null;
        }
        return current;
    }

    public async ValueTask DisposeAsync() => await Terminate().ConfigureAwait(false);

    public override string ToString() => $"ActorSystem({Name})";

    internal ILogger LoggerFor(Type actorType) => _loggers.GetOrAdd(actorType, static (type, factory) => factory.CreateLogger(type.FullName ?? type.Name), LoggerFactory);

    internal ActorPath NewTempPath(string? name) =>
        _tempPath / (name ?? "$" + Interlocked.Increment(ref _tempCounter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Makes a temporary ref resolvable by path (see <see cref="ResolveLocal"/>).</summary>
    internal void RegisterTemp(InternalActorRef tempRef) => _tempRefs.TryAdd(tempRef.Path.Name, tempRef);

    internal void UnregisterTemp(InternalActorRef tempRef) =>
        _tempRefs.TryRemove(new KeyValuePair<string, InternalActorRef>(tempRef.Path.Name, tempRef));

    internal void MarkTerminating() => Interlocked.Exchange(ref _terminating, 1);

    /// <summary>Last step of shutdown: stops /user, then the rest; completes when the root has stopped.</summary>
    internal Task StopGuardians()
    {
        MarkTerminating();
        _userGuardian.SendSystemMessage(new Terminate());
        if (Volatile.Read(ref _userGuardianGone) != 0)
        {
            _root.SendSystemMessage(new Terminate());
        }
        return WhenTerminated;
    }

    internal void OnRootTerminated()
    {
        if (_processExitHandler is not null)
        {
            AppDomain.CurrentDomain.ProcessExit -= _processExitHandler;
        }
        KernelLog.SystemTerminated(KernelLogger, Name);
        _terminated.TrySetResult();
    }

    private void OnUserGuardianTerminated(object message)
    {
        if (message is not Terminated)
        {
            return;
        }
        Interlocked.Exchange(ref _userGuardianGone, 1);
        if (IsTerminating)
        {
            _root.SendSystemMessage(new Terminate());
        }
        else
        {
            // The user guardian stopped on its own (e.g. a failure it could not handle): the system goes with it.
            MarkTerminating();
            _ = CoordinatedShutdown.RunAsync(ShutdownReason.ActorSystemTerminate);
        }
    }

    private void RunShutdownOnProcessExit()
    {
        var run = CoordinatedShutdown.RunAsync(ShutdownReason.ProcessExit);
        run.Wait(CoordinatedShutdown.TotalTimeout);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex SystemNamePattern();
}
