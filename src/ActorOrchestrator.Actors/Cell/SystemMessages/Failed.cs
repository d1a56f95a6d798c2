namespace ActorOrchestrator.Actors;

/// <summary>Tells a parent that its child failed and waits, suspended, for a directive.</summary>
internal sealed class Failed(ActorCell child, Exception cause) : SystemMessage
{
    public ActorCell Child { get; } = child;

    public Exception Cause { get; } = cause;
}
