namespace ActorOrchestrator.Actors;

/// <summary>An actor name is empty, malformed, reserved (starts with '$') or already taken by a sibling.</summary>
public sealed class InvalidActorNameException : ArgumentException
{
    public InvalidActorNameException(string message)
        : base(message)
    {
    }
}
