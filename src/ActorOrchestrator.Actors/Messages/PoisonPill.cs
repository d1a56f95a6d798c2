namespace ActorOrchestrator.Actors;

/// <summary>Stops the receiving actor when it is processed, after the messages enqueued before it.</summary>
public sealed class PoisonPill : IAutoReceivedMessage
{
    private PoisonPill()
    {
    }

    public static PoisonPill Instance { get; } = new();

    public override string ToString() => nameof(PoisonPill);
}
