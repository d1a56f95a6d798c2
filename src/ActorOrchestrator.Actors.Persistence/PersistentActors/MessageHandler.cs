namespace ActorOrchestrator.Actors.Persistence;

/// <summary>One registered command or recovery handler: handles a message of its type that passes its predicate.</summary>
internal sealed class MessageHandler<T>(Action<T> handler, Predicate<T>? shouldHandle) : IMessageHandler
{
    public bool TryHandle(object message)
    {
        if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
        {
            handler(typed);
            return true;
        }
        return false;
    }
}
