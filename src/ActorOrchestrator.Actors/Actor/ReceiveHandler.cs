namespace ActorOrchestrator.Actors;

/// <summary>One registered handler of a <see cref="ReceiveActor"/>.</summary>
internal abstract class ReceiveHandler
{
    public abstract bool TryHandle(object message);
}
