namespace ActorOrchestrator.Actors;

/// <summary>Runs await continuations of an asynchronous handler inside its actor, one at a time.</summary>
internal sealed class ActorSynchronizationContext(ActorCell cell) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => cell.PostContinuation(d, state);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send into an actor would block it; use await");

    public override SynchronizationContext CreateCopy() => this;
}
