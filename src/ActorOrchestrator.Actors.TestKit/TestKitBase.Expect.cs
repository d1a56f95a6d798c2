using System.Runtime.CompilerServices;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>Expectations on the next message.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Expects the next message to be a <typeparamref name="T"/> and returns it.</summary>
    public T ExpectMsg<T>(TimeSpan? timeout = null) => Block(ExpectMsgAsync<T>(timeout));

    /// <inheritdoc cref="ExpectMsg{T}(TimeSpan?)"/>
    public async Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var what = $"ExpectMsg<{MessageText.TypeName(typeof(T))}>";
        var envelope = await ExpectAnyAsync(what, timeout, cancellationToken).ConfigureAwait(false);
        return envelope.Message is T typed
            ? typed
            : throw Failure($"{what}: expected a message of type {MessageText.TypeName(typeof(T))}, but received {MessageText.Describe(envelope)}");
    }

    /// <summary>Expects the next message to equal <paramref name="expected"/> (by <see cref="object.Equals(object)"/>) and returns it.</summary>
    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null) => Block(ExpectMsgAsync(expected, timeout));

    /// <inheritdoc cref="ExpectMsg{T}(T, TimeSpan?)"/>
    public async Task<T> ExpectMsgAsync<T>(T expected, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var what = $"ExpectMsg({MessageText.Describe(expected)})";
        var envelope = await ExpectAnyAsync(what, timeout, cancellationToken).ConfigureAwait(false);
        return envelope.Message is T typed && EqualityComparer<T>.Default.Equals(typed, expected)
            ? typed
            : throw Failure($"{what}: expected {MessageText.Describe(expected)}, but received {MessageText.Describe(envelope)}");
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> for which <paramref name="isMessage"/> holds, and returns it.</summary>
    public T ExpectMsg<T>(Predicate<T> isMessage, TimeSpan? timeout = null, [CallerArgumentExpression(nameof(isMessage))] string? condition = null) =>
        Block(ExpectMsgAsync(isMessage, timeout, CancellationToken.None, condition));

    /// <inheritdoc cref="ExpectMsg{T}(Predicate{T}, TimeSpan?, string?)"/>
    public async Task<T> ExpectMsgAsync<T>(
        Predicate<T> isMessage,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(isMessage))] string? condition = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var expected = $"a message of type {MessageText.TypeName(typeof(T))} matching `{condition}`";
        var what = $"ExpectMsg<{MessageText.TypeName(typeof(T))}>";
        var envelope = await ExpectAnyAsync(what, timeout, cancellationToken).ConfigureAwait(false);
        if (envelope.Message is not T typed)
        {
            throw Failure($"{what}: expected {expected}, but received {MessageText.Describe(envelope)}");
        }
        return isMessage(typed)
            ? typed
            : throw Failure($"{what}: expected {expected}, but received {MessageText.Describe(envelope)}, which does not match");
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> sent by <paramref name="sender"/>, and returns it.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, TimeSpan? timeout = null) => Block(ExpectMsgFromAsync<T>(sender, timeout));

    /// <inheritdoc cref="ExpectMsgFrom{T}(IActorRef, TimeSpan?)"/>
    public async Task<T> ExpectMsgFromAsync<T>(IActorRef sender, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var what = $"ExpectMsgFrom<{MessageText.TypeName(typeof(T))}>({sender.Path})";
        var envelope = await ExpectAnyAsync(what, timeout, cancellationToken).ConfigureAwait(false);
        return envelope.Message is T typed && envelope.Sender.Equals(sender)
            ? typed
            : throw Failure($"{what}: expected a message of type {MessageText.TypeName(typeof(T))} from {sender.Path}, but received {MessageText.Describe(envelope)}");
    }

    /// <summary>Expects the next message to equal one of <paramref name="candidates"/> and returns it.</summary>
    public T ExpectMsgAnyOf<T>(params T[] candidates) => Block(ExpectMsgAnyOfAsync(candidates));

    /// <inheritdoc cref="ExpectMsgAnyOf{T}(T[])"/>
    public async Task<T> ExpectMsgAnyOfAsync<T>(IReadOnlyCollection<T> candidates, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var what = $"ExpectMsgAnyOf({string.Join(", ", candidates.Select(c => MessageText.Describe(c)))})";
        var envelope = await ExpectAnyAsync(what, timeout, cancellationToken).ConfigureAwait(false);
        return envelope.Message is T typed && candidates.Contains(typed)
            ? typed
            : throw Failure($"{what}: expected one of the candidates, but received {MessageText.Describe(envelope)}");
    }

    /// <summary>
    /// Expects the next <c>candidates.Length</c> messages to equal <paramref name="candidates"/> in any order (each one
    /// matched once) and returns them in arrival order; the whole set must arrive within one timeout.
    /// </summary>
    public IReadOnlyList<T> ExpectMsgAllOf<T>(params T[] candidates) => Block(ExpectMsgAllOfAsync(candidates));

    /// <inheritdoc cref="ExpectMsgAllOf{T}(T[])"/>
    public async Task<IReadOnlyList<T>> ExpectMsgAllOfAsync<T>(IReadOnlyCollection<T> candidates, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var what = $"ExpectMsgAllOf({string.Join(", ", candidates.Select(c => MessageText.Describe(c)))})";
        var budget = Budget(timeout);
        var deadline = WithinDeadline.After(System.Diagnostics.Stopwatch.GetTimestamp(), budget.Duration);
        var missing = candidates.ToList();
        var received = new List<T>(candidates.Count);
        while (missing.Count > 0)
        {
            var envelope = await TakeAsync(Until(deadline), cancellationToken).ConfigureAwait(false)
                ?? throw Failure($"{what}: still missing{MessageText.List(missing, c => MessageText.Describe(c))}{Environment.NewLine}"
                    + $"after receiving {received.Count} of {candidates.Count} messages {budget}");
            var index = envelope.Message is T typed ? missing.IndexOf(typed) : -1;
            if (index < 0)
            {
                throw Failure($"{what}: received {MessageText.Describe(envelope)}, which is not among the missing{MessageText.List(missing, c => MessageText.Describe(c))}");
            }
            received.Add(missing[index]);
            missing.RemoveAt(index);
        }
        return received;
    }

    /// <summary>Expects the next message to be the <see cref="Terminated"/> of <paramref name="target"/> (watch it first).</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null) => Block(ExpectTerminatedAsync(target, timeout));

    /// <inheritdoc cref="ExpectTerminated(IActorRef, TimeSpan?)"/>
    public async Task<Terminated> ExpectTerminatedAsync(IActorRef target, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var what = $"ExpectTerminated({target.Path})";
        var envelope = await ExpectAnyAsync(what, timeout, cancellationToken).ConfigureAwait(false);
        return envelope.Message is Terminated terminated && terminated.ActorRef.Equals(target)
            ? terminated
            : throw Failure($"{what}: expected Terminated of {target.Path}, but received {MessageText.Describe(envelope)}");
    }

    /// <summary>Expects that no message arrives for <paramref name="duration"/> (dilated; default: the rest of the Within block or the default timeout).</summary>
    public void ExpectNoMsg(TimeSpan? duration = null) => Block(ExpectNoMsgAsync(duration));

    /// <inheritdoc cref="ExpectNoMsg(TimeSpan?)"/>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null, CancellationToken cancellationToken = default)
    {
        var budget = Budget(duration);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        if (await TakeAsync(budget.Duration, cancellationToken).ConfigureAwait(false) is { } envelope)
        {
            var after = WaitBudget.Milliseconds(System.Diagnostics.Stopwatch.GetElapsedTime(start));
            throw Failure($"ExpectNoMsg: expected no message {budget}, but received {MessageText.Describe(envelope)} after {after}");
        }
    }

    /// <summary>The next message within the budget, or a failure saying that nothing arrived.</summary>
    private async Task<Envelope> ExpectAnyAsync(string what, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var budget = Budget(timeout);
        return await TakeAsync(budget.Duration, cancellationToken).ConfigureAwait(false)
            ?? throw Failure($"{what}: no message arrived {budget}");
    }
}
