namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>Wakes live queries the moment this process commits events. Take <see cref="Next"/> before reading, then wait on it.</summary>
internal sealed class JournalWriteSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next commit after it was read.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify()
    {
        var fired = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        fired.TrySetResult();
    }
}
