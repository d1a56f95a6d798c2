namespace ActorOrchestrator.Actors;

internal sealed class AsyncReceiveHandler<T>(ActorCell cell, Func<T, Task> handler, Predicate<T>? shouldHandle) : ReceiveHandler
{
    public override bool TryHandle(object message)
    {
        if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
        {
            cell.RunAsyncHandler(() => handler(typed));
            return true;
        }
        return false;
    }
}
