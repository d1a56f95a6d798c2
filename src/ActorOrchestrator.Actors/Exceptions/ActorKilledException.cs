namespace ActorOrchestrator.Actors;

/// <summary>Thrown inside an actor that received <see cref="Kill"/>; the default supervisor stops it.</summary>
public sealed class ActorKilledException : Exception
{
    public ActorKilledException(string message)
        : base(message)
    {
    }
}
