namespace ActorOrchestrator.Actors;

/// <summary>An Ask was made to (or waited on) an actor that has terminated, so no reply can come.</summary>
public sealed class AskTargetTerminatedException : InvalidOperationException
{
    public AskTargetTerminatedException(string message)
        : base(message)
    {
    }
}
