namespace ActorOrchestrator.Actors.Persistence;

internal interface IMessageHandler
{
    bool TryHandle(object message);
}
