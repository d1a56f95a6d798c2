using ActorOrchestrator.Actors.TestKit;

namespace ActorOrchestrator.Actors.Tests.Support;

/// <summary>Base of the kernel specs: the TestKit with kernel settings and clock chosen per spec.</summary>
public abstract class KernelSpec : ActorOrchestrator.Actors.TestKit.TestKit
{
    private protected KernelSpec(ActorSystemSettings? settings = null, TimeProvider? time = null)
        : base(settings, timeProvider: time)
    {
    }

    /// <summary>Waits until the captured log satisfies <paramref name="condition"/>; returns the entries.</summary>
    internal IReadOnlyList<LogEntry> AwaitLogs(Func<IReadOnlyList<LogEntry>, bool> condition)
    {
        AwaitCondition(() => condition(LogEntries), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10));
        return LogEntries;
    }
}
