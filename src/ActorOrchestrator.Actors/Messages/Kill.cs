namespace ActorOrchestrator.Actors;

/// <summary>Makes the receiving actor fail with <see cref="ActorKilledException"/>; the default supervisor stops it.</summary>
public sealed class Kill : IAutoReceivedMessage
{
    private Kill()
    {
    }

    public static Kill Instance { get; } = new();

    public override string ToString() => nameof(Kill);
}
