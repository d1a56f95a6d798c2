namespace ActorOrchestrator.Actors;

/// <summary>Sent to an actor that set a receive timeout and got no message for that long.</summary>
public sealed class ReceiveTimeout
{
    private ReceiveTimeout()
    {
    }

    public static ReceiveTimeout Instance { get; } = new();

    public override string ToString() => nameof(ReceiveTimeout);
}
