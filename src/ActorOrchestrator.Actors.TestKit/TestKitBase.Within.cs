using System.Diagnostics;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// <c>Within(min, max, block)</c>: the block must take at least <c>min</c> and at most the dilated <c>max</c>, and
/// every expectation inside it (on the kit or any probe) waits at most until that deadline. A nested block never
/// extends the deadline of the block around it.
/// </summary>
public abstract partial class TestKitBase
{
    public void Within(TimeSpan max, Action block) => Within(TimeSpan.Zero, max, block);

    public void Within(TimeSpan min, TimeSpan max, Action block)
    {
        ArgumentNullException.ThrowIfNull(block);
        Within(min, max, () =>
        {
            block();
            return true;
        });
    }

    public T Within<T>(TimeSpan max, Func<T> block) => Within(TimeSpan.Zero, max, block);

    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var scope = EnterWithin(min, max);
        T result;
        try
        {
            result = block();
        }
        finally
        {
            WithinDeadline.Current = scope.Outer;
        }
        scope.Check();
        return result;
    }

    public Task WithinAsync(TimeSpan max, Func<Task> block) => WithinAsync(TimeSpan.Zero, max, block);

    public async Task WithinAsync(TimeSpan min, TimeSpan max, Func<Task> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        await WithinAsync(min, max, async () =>
        {
            await block().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    public Task<T> WithinAsync<T>(TimeSpan max, Func<Task<T>> block) => WithinAsync(TimeSpan.Zero, max, block);

    public async Task<T> WithinAsync<T>(TimeSpan min, TimeSpan max, Func<Task<T>> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        // The deadline is set inside this async method, so it flows into the block and is gone once it returns.
        var scope = EnterWithin(min, max);
        var result = await block().ConfigureAwait(false);
        scope.Check();
        return result;
    }

    private WithinScope EnterWithin(TimeSpan min, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, TimeSpan.Zero);
        if (max != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        }
        var start = Stopwatch.GetTimestamp();
        var outer = WithinDeadline.Current;
        var own = WithinDeadline.After(start, Dilated(max));
        var deadline = outer is { } enclosing && enclosing < own ? enclosing : own;
        WithinDeadline.Current = deadline;
        return new WithinScope(min, max, start, deadline, outer);
    }

    private readonly record struct WithinScope(TimeSpan Min, TimeSpan Max, long Start, long Deadline, long? Outer)
    {
        public void Check()
        {
            var end = Stopwatch.GetTimestamp();
            var took = Stopwatch.GetElapsedTime(Start, end);
            if (took < Min)
            {
                throw Failure($"Within({WaitBudget.Milliseconds(Min)}, {WaitBudget.Milliseconds(Max)}): the block took {WaitBudget.Milliseconds(took)}, "
                    + $"less than the minimum {WaitBudget.Milliseconds(Min)}");
            }
            if (end > Deadline)
            {
                var allowed = WaitBudget.Milliseconds(Stopwatch.GetElapsedTime(Start, Deadline));
                throw Failure($"Within({WaitBudget.Milliseconds(Min)}, {WaitBudget.Milliseconds(Max)}): the block took {WaitBudget.Milliseconds(took)}, "
                    + $"more than the {allowed} it was allowed{(Outer == Deadline ? " by the enclosing Within" : " (dilated maximum)")}");
            }
        }
    }
}
