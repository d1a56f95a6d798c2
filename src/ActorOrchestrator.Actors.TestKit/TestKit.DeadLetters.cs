namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// Dead-letter and unhandled-message expectations: the kit records every <see cref="DeadLetter"/> and
/// <see cref="UnhandledMessage"/> published on the event stream (unlike the kernel's log of them, which is
/// rate-limited and silent during shutdown), and counts them exactly as the log expectations do.
/// </summary>
public abstract partial class TestKit
{
    /// <summary>Every dead letter published so far, in order.</summary>
    public IReadOnlyList<DeadLetter> DeadLetterEntries => [.. Logs.EventsSince(0).OfType<DeadLetter>()];

    /// <summary>Every message an actor did not handle so far, in order.</summary>
    public IReadOnlyList<UnhandledMessage> UnhandledEntries => [.. Logs.EventsSince(0).OfType<UnhandledMessage>()];

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> dead letters to be published.</summary>
    public void ExpectDeadLetters(int count, Action block, TimeSpan? timeout = null) =>
        Block(ExpectDeadLettersAsync<object>(count, Sync(block), timeout));

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> dead letters carrying a <typeparamref name="TMessage"/>.</summary>
    public void ExpectDeadLetters<TMessage>(int count, Action block, TimeSpan? timeout = null) =>
        Block(ExpectDeadLettersAsync<TMessage>(count, Sync(block), timeout));

    /// <inheritdoc cref="ExpectDeadLetters(int, Action, TimeSpan?)"/>
    public Task ExpectDeadLettersAsync(int count, Func<Task> block, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectDeadLettersAsync<object>(count, block, timeout, cancellationToken);

    /// <inheritdoc cref="ExpectDeadLetters{TMessage}(int, Action, TimeSpan?)"/>
    public Task ExpectDeadLettersAsync<TMessage>(int count, Func<Task> block, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectEventsAsync(Named("ExpectDeadLetters", typeof(TMessage)), count, block, timeout, static e => e is DeadLetter { Message: TMessage }, cancellationToken);

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> messages of any kind to go unhandled.</summary>
    public void ExpectUnhandled(int count, Action block, TimeSpan? timeout = null) =>
        Block(ExpectUnhandledAsync<object>(count, Sync(block), timeout));

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> <typeparamref name="TMessage"/> messages to go unhandled.</summary>
    public void ExpectUnhandled<TMessage>(int count, Action block, TimeSpan? timeout = null) =>
        Block(ExpectUnhandledAsync<TMessage>(count, Sync(block), timeout));

    /// <inheritdoc cref="ExpectUnhandled{TMessage}(int, Action, TimeSpan?)"/>
    public Task ExpectUnhandledAsync<TMessage>(int count, Func<Task> block, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectEventsAsync(Named("ExpectUnhandled", typeof(TMessage)), count, block, timeout, static e => e is UnhandledMessage { Message: TMessage }, cancellationToken);

    private static string Named(string expectation, Type messageType) =>
        messageType == typeof(object) ? expectation : $"{expectation}<{MessageText.TypeName(messageType)}>";

    private Task ExpectEventsAsync(string what, int count, Func<Task> block, TimeSpan? timeout, Predicate<object> match, CancellationToken cancellationToken) =>
        ExpectCapturedAsync(what, count, block, timeout, Logs.EventCount, Logs.EventsSince, match, Describe, cancellationToken);

    private static string Describe(object @event) => @event switch
    {
        DeadLetter letter => $"dead letter {MessageText.Describe(letter.Message)} from {letter.Sender.Path} to {letter.Recipient.Path}",
        UnhandledMessage unhandled => $"unhandled {MessageText.Describe(unhandled.Message)} from {unhandled.Sender.Path} by {unhandled.Recipient.Path}",
        _ => MessageText.Describe(@event),
    };
}
