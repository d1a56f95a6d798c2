using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// Base class of actor specs (xunit): each test gets a fresh <see cref="ActorSystem"/> (<see cref="TestKitBase.Sys"/>),
/// terminated after the test, and an implicit probe, <see cref="TestActor"/>, on which every expectation of the kit
/// acts. The system logs into a capture that the log expectations read and that is echoed to the test output when
/// one is passed in. Coordinated shutdown on process exit is switched off for test systems. xunit disposes the
/// test class after each test; a spec that needs async set-up or clean-up implements xunit's IAsyncLifetime itself
/// (xunit calls its DisposeAsync before Dispose, while the system is still up).
/// </summary>
public abstract partial class TestKit : TestKitBase, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TestProbe> _probes = [];
    private readonly IFunctionRef _eventListener;
    private Task? _shutdown;

    /// <summary>Starts the system of one test.</summary>
    /// <param name="settings">Kernel settings (default <see cref="ActorSystemSettings.Default"/>).</param>
    /// <param name="systemName">Name of the system (default <c>test</c>).</param>
    /// <param name="output">xunit's output of the test: log entries are written to it.</param>
    /// <param name="timeProvider">Clock of the system, e.g. a <see cref="ManualTimeProvider"/> (default: system clock).</param>
    /// <param name="testKitSettings">Timeouts and time factor (default <see cref="TestKitSettings.Default"/>, which reads AO_TEST_TIME_FACTOR).</param>
    protected TestKit(
        ActorSystemSettings? settings = null,
        string? systemName = null,
        ITestOutputHelper? output = null,
        TimeProvider? timeProvider = null,
        TestKitSettings? testKitSettings = null)
        : this(testKitSettings ?? TestKitSettings.Default, settings, systemName, output, timeProvider)
    {
    }

    /// <summary>Starts the system of one test, logging to <paramref name="output"/>.</summary>
    protected TestKit(ITestOutputHelper output)
        : this(settings: null, output: output)
    {
    }

    private TestKit(TestKitSettings kitSettings, ActorSystemSettings? settings, string? systemName, ITestOutputHelper? output, TimeProvider? timeProvider)
        : base(StartSystem(kitSettings.Validate(), settings, systemName, output, timeProvider), kitSettings, "testActor")
    {
        Logs = (LogCapture)Sys.LoggerFactory;
        Sys.ExternalDefaultSender = Self;
        _eventListener = Sys.CreateFunctionRef(CaptureEvent, "testKitEvents");
        Sys.EventStream.Subscribe<DeadLetter>(_eventListener);
        Sys.EventStream.Subscribe<UnhandledMessage>(_eventListener);
    }

    /// <summary>
    /// The implicit probe: the sender of <c>actor.Tell(message)</c> from test code (any code outside actors of this
    /// system) and of <see cref="TestKitBase.Send"/>, and the inbox the kit's expectations read.
    /// </summary>
    public IActorRef TestActor => Self;

    internal LogCapture Logs { get; }

    /// <summary>A new probe in this kit's system, stopped with the kit.</summary>
    /// <param name="name">Name of the probe's ref under <c>/temp</c> (default <c>testProbe-N</c>).</param>
    public TestProbe CreateTestProbe(string? name = null)
    {
        lock (_gate)
        {
            var probe = new TestProbe(Sys, Settings, name ?? $"testProbe-{_probes.Count + 1}");
            _probes.Add(probe);
            return probe;
        }
    }

    /// <summary>Creates a top-level actor of the system under test.</summary>
    public IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);

    /// <summary>Creates a top-level actor with a parameterless constructor.</summary>
    public IActorRef ActorOf<TActor>(string? name = null)
        where TActor : ActorBase, new() => Sys.ActorOf(Props.Create<TActor>(), name);

    /// <summary>Terminates the system and stops the probes; fails if the system does not terminate in time.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Override to clean up after the test; call the base last, it terminates the system (once, however often it is called).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            ShutdownOnceAsync().GetAwaiter().GetResult();
        }
    }

    private static ActorSystem StartSystem(
        TestKitSettings kitSettings,
        ActorSystemSettings? settings,
        string? systemName,
        ITestOutputHelper? output,
        TimeProvider? timeProvider) =>
        ActorSystem.Create(
            systemName ?? "test",
            (settings ?? ActorSystemSettings.Default) with { RunCoordinatedShutdownOnProcessExit = false },
            new LogCapture(output, kitSettings.OutputLogLevel),
            timeProvider);

    private void CaptureEvent(object message, IActorRef sender)
    {
        if (message is DeadLetter or UnhandledMessage)
        {
            Logs.AddEvent(message);
        }
    }

    private Task ShutdownOnceAsync()
    {
        lock (_gate)
        {
            return _shutdown ??= ShutdownAsync();
        }
    }

    private async Task ShutdownAsync()
    {
        var timeout = Dilated(Settings.ShutdownTimeout);
        var terminated = Sys.Terminate();
        var inTime = await Task.WhenAny(terminated, Task.Delay(timeout)).ConfigureAwait(false) == terminated;
        StopProbes();
        Logs.DetachOutput();
        if (!inTime)
        {
            throw Failure($"The actor system '{Sys.Name}' did not terminate within {WaitBudget.Milliseconds(timeout)} after the test "
                + "(an actor blocking in PostStop or a coordinated-shutdown task that never completes?)");
        }
    }

    private void StopProbes()
    {
        TestProbe[] probes;
        lock (_gate)
        {
            probes = [.. _probes];
        }
        foreach (var probe in probes)
        {
            probe.Dispose();
        }
        _eventListener.Dispose();
        Self.Dispose();
    }
}
