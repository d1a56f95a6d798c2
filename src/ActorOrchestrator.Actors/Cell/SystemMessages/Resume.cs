namespace ActorOrchestrator.Actors;

/// <summary>Resumes user-message processing after a failure or a <see cref="Suspend"/>.</summary>
internal sealed class Resume(Exception? causedByFailure) : SystemMessage
{
    public Exception? CausedByFailure { get; } = causedByFailure;
}
