using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// Log expectations in the manner of Akka's EventFilter: run a block, then require exactly
/// <c>count</c> matching entries to have been captured since the block started. The kit waits (up to the timeout)
/// for the count to be reached, so entries logged asynchronously by actors are seen; an entry beyond the count that
/// arrives after the count was reached is not waited for.
/// </summary>
public abstract partial class TestKit
{
    private static readonly TimeSpan s_capturePollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Every log entry captured so far, in logging order.</summary>
    public IReadOnlyList<LogEntry> LogEntries => Logs.EntriesSince(0);

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> entries of <paramref name="level"/> whose message contains <paramref name="messageContains"/>.</summary>
    public void ExpectLog(LogLevel level, string messageContains, int count, Action block, TimeSpan? timeout = null) =>
        Block(ExpectLogAsync(level, messageContains, count, Sync(block), timeout));

    /// <inheritdoc cref="ExpectLog(LogLevel, string, int, Action, TimeSpan?)"/>
    public Task ExpectLogAsync(LogLevel level, string messageContains, int count, Func<Task> block, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageContains);
        return ExpectLogAsync(
            entry => entry.Level == level && entry.Message.Contains(messageContains, StringComparison.Ordinal),
            count,
            block,
            timeout,
            cancellationToken,
            $"{level}, \"{messageContains}\"");
    }

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> entries matching <paramref name="match"/>.</summary>
    public void ExpectLog(Predicate<LogEntry> match, int count, Action block, TimeSpan? timeout = null, [CallerArgumentExpression(nameof(match))] string? condition = null) =>
        Block(ExpectLogAsync(match, count, Sync(block), timeout, CancellationToken.None, condition));

    /// <inheritdoc cref="ExpectLog(Predicate{LogEntry}, int, Action, TimeSpan?, string?)"/>
    public Task ExpectLogAsync(
        Predicate<LogEntry> match,
        int count,
        Func<Task> block,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(match))] string? condition = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return ExpectCapturedAsync($"ExpectLog({condition})", count, block, timeout, Logs.EntryCount, Logs.EntriesSince, match, static e => e.ToString(), cancellationToken);
    }

    /// <summary>Runs <paramref name="block"/> and expects exactly <paramref name="count"/> log entries carrying a <typeparamref name="TException"/> (or subclass), e.g. actor failures.</summary>
    public void ExpectException<TException>(int count, Action block, TimeSpan? timeout = null)
        where TException : Exception =>
        Block(ExpectExceptionAsync<TException>(count, Sync(block), timeout));

    /// <inheritdoc cref="ExpectException{TException}(int, Action, TimeSpan?)"/>
    public Task ExpectExceptionAsync<TException>(int count, Func<Task> block, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        where TException : Exception =>
        ExpectCapturedAsync(
            $"ExpectException<{MessageText.TypeName(typeof(TException))}>",
            count,
            block,
            timeout,
            Logs.EntryCount,
            Logs.EntriesSince,
            static entry => entry.Exception is TException,
            static entry => entry.ToString(),
            cancellationToken);

    private static Func<Task> Sync(Action block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return () =>
        {
            block();
            return Task.CompletedTask;
        };
    }

    private async Task ExpectCapturedAsync<TItem>(
        string what,
        int count,
        Func<Task> block,
        TimeSpan? timeout,
        int start,
        Func<int, IReadOnlyList<TItem>> capturedSince,
        Predicate<TItem> match,
        Func<TItem, string> describe,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(block);
        await block().ConfigureAwait(false);
        var budget = Budget(timeout);
        var deadline = WithinDeadline.After(Stopwatch.GetTimestamp(), budget.Duration);
        while (true)
        {
            var captured = capturedSince(start);
            var matched = captured.Where(item => match(item)).ToList();
            if (matched.Count == count)
            {
                return;
            }
            if (matched.Count < count && Until(deadline) > TimeSpan.Zero)
            {
                await Task.Delay(s_capturePollInterval, cancellationToken).ConfigureAwait(false);
                continue;
            }
            var outcome = matched.Count < count ? $"only {matched.Count} arrived {budget}" : $"{matched.Count} arrived";
            var context = matched.Count < count
                ? $"{Environment.NewLine}Everything captured since the block started:{MessageText.List(captured, describe)}"
                : string.Empty;
            throw Failure($"{what}: expected exactly {count} during the block, but {outcome}:{MessageText.List(matched, describe)}{context}");
        }
    }
}
