using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>Polling until something becomes true.</summary>
public abstract partial class TestKitBase
{
    private static readonly TimeSpan s_defaultPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs <paramref name="assertion"/> every <paramref name="interval"/> (100 ms) until it stops throwing; fails with the
    /// last exception when it still throws after <paramref name="duration"/> (dilated; default: Within or default timeout).
    /// </summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        Block(AwaitAssertAsync(
            () =>
            {
                assertion();
                return Task.CompletedTask;
            },
            duration,
            interval));
    }

    /// <inheritdoc cref="AwaitAssert(Action, TimeSpan?, TimeSpan?)"/>
    public async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? duration = null, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var budget = Budget(duration);
        var deadline = WithinDeadline.After(Stopwatch.GetTimestamp(), budget.Duration);
        var attempts = 0;
        while (true)
        {
            attempts++;
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var left = Until(deadline);
                if (left <= TimeSpan.Zero)
                {
                    throw new TestKitAssertionException(
                        $"AwaitAssert: the assertion still failed {budget.After()} ({attempts} attempts); last failure: {failure.Message}", failure);
                }
                await Task.Delay(Shorter(interval ?? s_defaultPollInterval, left), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> every <paramref name="interval"/> (100 ms) until it is true; fails when it is still false after <paramref name="duration"/>.</summary>
    public void AwaitCondition(
        Func<bool> condition,
        TimeSpan? duration = null,
        TimeSpan? interval = null,
        [CallerArgumentExpression(nameof(condition))] string? conditionText = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        Block(AwaitConditionAsync(() => Task.FromResult(condition()), duration, interval, CancellationToken.None, conditionText));
    }

    /// <inheritdoc cref="AwaitCondition(Func{bool}, TimeSpan?, TimeSpan?, string?)"/>
    public async Task AwaitConditionAsync(
        Func<Task<bool>> condition,
        TimeSpan? duration = null,
        TimeSpan? interval = null,
        CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(condition))] string? conditionText = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var budget = Budget(duration);
        var deadline = WithinDeadline.After(Stopwatch.GetTimestamp(), budget.Duration);
        while (!await condition().ConfigureAwait(false))
        {
            var left = Until(deadline);
            if (left <= TimeSpan.Zero)
            {
                throw Failure($"AwaitCondition: `{conditionText}` was still false {budget.After()}");
            }
            await Task.Delay(Shorter(interval ?? s_defaultPollInterval, left), cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
