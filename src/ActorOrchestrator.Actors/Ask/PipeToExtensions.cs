namespace ActorOrchestrator.Actors;

/// <summary>Turns the outcome of a task into a message, so actors never block on asynchronous work.</summary>
public static class PipeToExtensions
{
    /// <summary>
    /// When <paramref name="task"/> completes, tells <paramref name="recipient"/> its result (mapped by
    /// <paramref name="success"/> when given) or a <see cref="Status.Failure"/> with the exception (mapped by
    /// <paramref name="failure"/> when given); a cancelled task reports a <see cref="TaskCanceledException"/>.
    /// </summary>
    public static Task PipeTo<T>(this Task<T> task, IActorRef recipient, IActorRef? sender = null, Func<T, object>? success = null, Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return task.ContinueWith(
            completed =>
            {
                object message = completed.Status == TaskStatus.RanToCompletion
                    ? success is null ? completed.Result! : success(completed.Result)
                    : Failed(completed, failure);
                recipient.Tell(message, sender);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// When <paramref name="task"/> completes, tells <paramref name="recipient"/> <paramref name="success"/>'s message
    /// (or <see cref="Status.Success"/> with no value) or a <see cref="Status.Failure"/>.
    /// </summary>
    public static Task PipeTo(this Task task, IActorRef recipient, IActorRef? sender = null, Func<object>? success = null, Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        return task.ContinueWith(
            completed =>
            {
                var message = completed.Status == TaskStatus.RanToCompletion
                    ? success?.Invoke() ?? new Status.Success(null)
                    : Failed(completed, failure);
                recipient.Tell(message, sender);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static object Failed(Task completed, Func<Exception, object>? failure)
    {
        Exception cause = completed.Exception is { } aggregate
            ? aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate
            : new TaskCanceledException(completed);
        return failure is null ? new Status.Failure(cause) : failure(cause);
    }
}
