namespace ActorOrchestrator.Actors.Tests.Support;

/// <summary>Base of the kernel specs: one actor system per test, terminated afterwards.</summary>
public abstract class KernelSpec : IDisposable
{
    private readonly List<IDisposable> _disposables = [];

    private protected KernelSpec(ActorSystemSettings? settings = null, TimeProvider? time = null)
    {
        Logs = new CapturingLoggerFactory();
        Sys = ActorSystem.Create(
            GetType().Name.Replace("Spec", "", StringComparison.Ordinal),
            (settings ?? ActorSystemSettings.Default) with { RunCoordinatedShutdownOnProcessExit = false },
            Logs,
            time);
    }

    internal CapturingLoggerFactory Logs { get; }

    protected ActorSystem Sys { get; }

    internal Probe CreateProbe()
    {
        var probe = new Probe(Sys);
        _disposables.Add(probe);
        return probe;
    }

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }
        Assert.True(Sys.Terminate().Wait(TimeSpan.FromSeconds(20)), "the actor system did not terminate within 20 s");
        GC.SuppressFinalize(this);
    }
}
