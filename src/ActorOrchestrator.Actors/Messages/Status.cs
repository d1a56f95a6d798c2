namespace ActorOrchestrator.Actors;

/// <summary>Conventional replies: <see cref="Success"/> and <see cref="Failure"/> (which faults an Ask).</summary>
public static class Status
{
    /// <summary>An operation succeeded, optionally with a value.</summary>
    public sealed record Success(object? Value);

    /// <summary>An operation failed; as the reply to an Ask it faults the task with <paramref name="Cause"/>.</summary>
    public sealed record Failure(Exception Cause, object? State = null);
}
