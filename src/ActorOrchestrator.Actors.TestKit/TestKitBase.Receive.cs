using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>Taking several messages, or searching for one.</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message, or null when none arrives within the timeout (no failure).</summary>
    public object? ReceiveOne(TimeSpan? timeout = null) => Block(ReceiveOneAsync(timeout));

    /// <inheritdoc cref="ReceiveOne(TimeSpan?)"/>
    public async Task<object?> ReceiveOneAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var envelope = await TakeAsync(Budget(timeout).Duration, cancellationToken).ConfigureAwait(false);
        return envelope?.Message;
    }

    /// <summary>Expects <paramref name="count"/> messages of any kind, all within one timeout, and returns them in arrival order.</summary>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null) => Block(ReceiveNAsync(count, timeout));

    /// <inheritdoc cref="ReceiveN(int, TimeSpan?)"/>
    public async Task<IReadOnlyList<object>> ReceiveNAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var budget = Budget(timeout);
        var deadline = WithinDeadline.After(Stopwatch.GetTimestamp(), budget.Duration);
        var received = new List<object>(count);
        while (received.Count < count)
        {
            var envelope = await TakeAsync(Until(deadline), cancellationToken).ConfigureAwait(false)
                ?? throw Failure($"ReceiveN({count}): received only {received.Count} of {count} messages {budget}:{MessageText.List(received, MessageText.Describe)}");
            received.Add(envelope.Message);
        }
        return received;
    }

    /// <summary>
    /// Collects messages while they are <typeparamref name="T"/> matching <paramref name="isMessage"/>. Stops at the
    /// first other message (which stays queued), when none arrives for <paramref name="idle"/>, when
    /// <paramref name="max"/> (default: the rest of the Within block or the default timeout) has passed, or after
    /// <paramref name="maxMessages"/>. Never fails; returns what it collected.
    /// </summary>
    public IReadOnlyList<T> ReceiveWhile<T>(Predicate<T> isMessage, TimeSpan? max = null, TimeSpan? idle = null, int maxMessages = int.MaxValue) =>
        Block(ReceiveWhileAsync(isMessage, max, idle, maxMessages));

    /// <inheritdoc cref="ReceiveWhile{T}(Predicate{T}, TimeSpan?, TimeSpan?, int)"/>
    public async Task<IReadOnlyList<T>> ReceiveWhileAsync<T>(
        Predicate<T> isMessage,
        TimeSpan? max = null,
        TimeSpan? idle = null,
        int maxMessages = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        ArgumentOutOfRangeException.ThrowIfNegative(maxMessages);
        var deadline = WithinDeadline.After(Stopwatch.GetTimestamp(), Budget(max).Duration);
        var idleWait = idle is { } quiet ? Dilated(quiet) : Timeout.InfiniteTimeSpan;
        var collected = new List<T>();
        while (collected.Count < maxMessages)
        {
            var left = Until(deadline);
            var wait = idleWait != Timeout.InfiniteTimeSpan && idleWait < left ? idleWait : left;
            if (await TakeAsync(wait, cancellationToken).ConfigureAwait(false) is not { } envelope)
            {
                break;
            }
            if (envelope.Message is not T typed || !isMessage(typed))
            {
                PutBack(envelope);
                break;
            }
            collected.Add(typed);
        }
        return collected;
    }

    /// <summary>
    /// Skips messages until a <typeparamref name="T"/> matching <paramref name="isMessage"/> arrives and returns it;
    /// fails, listing what it skipped, when none arrives within one timeout.
    /// </summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? timeout = null, [CallerArgumentExpression(nameof(isMessage))] string? condition = null) =>
        Block(FishForMessageAsync(isMessage, timeout, CancellationToken.None, condition));

    /// <inheritdoc cref="FishForMessage{T}(Predicate{T}, TimeSpan?, string?)"/>
    public async Task<T> FishForMessageAsync<T>(
        Predicate<T> isMessage,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(isMessage))] string? condition = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var budget = Budget(timeout);
        var deadline = WithinDeadline.After(Stopwatch.GetTimestamp(), budget.Duration);
        var skipped = new List<Envelope>();
        while (true)
        {
            var envelope = await TakeAsync(Until(deadline), cancellationToken).ConfigureAwait(false)
                ?? throw Failure($"FishForMessage<{MessageText.TypeName(typeof(T))}>: no message matching `{condition}` arrived {budget}; "
                    + $"skipped {skipped.Count}:{MessageText.List(skipped, MessageText.Describe)}");
            if (envelope.Message is T typed && isMessage(typed))
            {
                return typed;
            }
            skipped.Add(envelope);
        }
    }
}
