namespace ActorOrchestrator.Actors;

/// <summary>An ordered set of handlers forming one behaviour of a <see cref="ReceiveActor"/>.</summary>
internal sealed class ReceiveHandlers
{
    private ReceiveHandler[] _handlers = [];

    public void Add(ReceiveHandler handler)
    {
        var grown = new ReceiveHandler[_handlers.Length + 1];
        _handlers.CopyTo(grown, 0);
        grown[^1] = handler;
        _handlers = grown;
    }

    public bool Handle(object message)
    {
        foreach (var handler in _handlers)
        {
            if (handler.TryHandle(message))
            {
                return true;
            }
        }
        return false;
    }
}
