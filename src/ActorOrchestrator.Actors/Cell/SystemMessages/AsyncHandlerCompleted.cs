namespace ActorOrchestrator.Actors;

/// <summary>The task of an asynchronous handler finished: resume user messages (or fail when faulted).</summary>
internal sealed class AsyncHandlerCompleted(Task task) : SystemMessage
{
    public Task Task { get; } = task;
}
