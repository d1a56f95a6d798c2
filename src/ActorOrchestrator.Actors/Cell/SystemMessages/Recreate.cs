namespace ActorOrchestrator.Actors;

/// <summary>Restarts the cell with a fresh actor instance (same ref, same mailbox).</summary>
internal sealed class Recreate(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}
