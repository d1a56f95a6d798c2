namespace ActorOrchestrator.Actors;

/// <summary>Request-response with actors.</summary>
public static class AskExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> with a temporary ref as sender and completes with the first reply of type
    /// <typeparamref name="T"/>. A <see cref="Status.Failure"/> reply faults the task with its cause; a reply of
    /// another type faults it with <see cref="InvalidCastException"/>; no reply within <paramref name="timeout"/>
    /// (default <see cref="ActorSystemSettings.AskTimeout"/>) faults it with <see cref="AskTimeoutException"/>.
    /// A target that has already terminated fails the task at once with <see cref="AskTargetTerminatedException"/>,
    /// and so does its termination while the Ask waits without a finite timeout.
    /// </summary>
    public static Task<T> Ask<T>(this IActorRef target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Ask<T>(target, _ => message, timeout, cancellationToken);
    }

    /// <summary>Ask whose message is built from the temporary reply-to ref (for protocols with an explicit ReplyTo).</summary>
    public static Task<T> Ask<T>(this IActorRef target, Func<IActorRef, object> messageFactory, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(messageFactory);
        if (target is not InternalActorRef recipient || recipient.IsTerminated || recipient is DeadLetterActorRef || recipient.OwnerSystem is not { } system)
        {
            return Task.FromException<T>(new AskTargetTerminatedException(
                $"Ask to {target.Path} failed at once: the target has already terminated (or is not a live actor), so no reply can come"));
        }
        var effectiveTimeout = timeout ?? system.Settings.AskTimeout;
        if (effectiveTimeout <= TimeSpan.Zero && effectiveTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "Ask timeout must be positive or Timeout.InfiniteTimeSpan");
        }
        var promise = new PromiseActorRef<T>(system, recipient);
        var message = messageFactory(promise) ?? throw new ArgumentException("The message factory returned null", nameof(messageFactory));
        promise.Start(message, effectiveTimeout, cancellationToken);
        recipient.Tell(message, promise);
        return promise.Task;
    }

    /// <summary>Ask for a reply of any type.</summary>
    public static Task<object> Ask(this IActorRef target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Ask<object>(target, message, timeout, cancellationToken);
}
