namespace ActorOrchestrator.Actors;

/// <summary>Runs the code after an await inside an asynchronous handler, as the actor.</summary>
internal sealed class AsyncHandlerContinuation(SendOrPostCallback callback, object? state) : SystemMessage
{
    public void Run() => callback(state);
}
