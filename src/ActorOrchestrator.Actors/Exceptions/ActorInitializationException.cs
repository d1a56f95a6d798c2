namespace ActorOrchestrator.Actors;

/// <summary>An actor's constructor or PreStart threw; the default supervisor stops such an actor.</summary>
public sealed class ActorInitializationException : Exception
{
    public ActorInitializationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
