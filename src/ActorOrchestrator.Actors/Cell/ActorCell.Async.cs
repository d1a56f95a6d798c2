namespace ActorOrchestrator.Actors;

/// <summary>
/// Asynchronous handlers: user messages wait while the handler's task runs, and the code after each await runs
/// as the actor (posted to the cell as a system message), with the original Sender.
/// </summary>
internal sealed partial class ActorCell
{
    internal void RunAsyncHandler(Func<Task> handler)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new ActorSynchronizationContext(this));
        Task task;
        try
        {
            task = handler();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
        if (task.IsCompleted)
        {
            task.GetAwaiter().GetResult();
            return;
        }
        _lifecycle |= LifecycleAwaitingTask;
        var extras = Extras;
        extras.AsyncSender = _currentSender;
        extras.AsyncMessage = _currentMessage;
        task.ContinueWith(
            static (completed, state) => ((ActorCell)state!).SendSystemMessage(new AsyncHandlerCompleted(completed)),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    internal void PostContinuation(SendOrPostCallback callback, object? state) =>
        SendSystemMessage(new AsyncHandlerContinuation(callback, state));

    private void RunContinuation(AsyncHandlerContinuation continuation)
    {
        if ((_lifecycle & LifecycleAwaitingTask) == 0)
        {
            return;
        }
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new ActorSynchronizationContext(this));
        _currentSender = _extras!.AsyncSender;
        _currentMessage = _extras.AsyncMessage;
        try
        {
            continuation.Run();
        }
        finally
        {
            _currentSender = null;
            _currentMessage = null;
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void CompleteAsyncHandler(Task task)
    {
        if ((_lifecycle & LifecycleAwaitingTask) == 0)
        {
            return;
        }
        _lifecycle &= ~LifecycleAwaitingTask;
        var extras = _extras!;
        var message = extras.AsyncMessage;
        extras.AsyncSender = null;
        extras.AsyncMessage = null;
        if (task.Exception is { } exception)
        {
            extras.FailedMessage = message;
            Fail(exception.InnerExceptions.Count == 1 ? exception.InnerExceptions[0] : exception);
        }
        else if (task.IsCanceled)
        {
            extras.FailedMessage = message;
            Fail(new TaskCanceledException($"The asynchronous handler of {Path} for {message?.GetType().Name} was canceled"));
        }
    }
}
