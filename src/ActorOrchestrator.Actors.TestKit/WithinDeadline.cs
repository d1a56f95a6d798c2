using System.Diagnostics;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// The deadline of the innermost <c>Within</c> block on the current flow of execution. It is shared by the kit and
/// all its probes, so every expectation inside a block, on any probe, is bounded by it; it flows into awaited code.
/// </summary>
internal static class WithinDeadline
{
    private static readonly AsyncLocal<long?> s_deadline = new();

    /// <summary>Stopwatch timestamp of the current deadline, or null outside any <c>Within</c>.</summary>
    public static long? Current
    {
        get => s_deadline.Value;
        set => s_deadline.Value = value;
    }

    /// <summary>Time left until the current deadline (never negative), or null outside any <c>Within</c>.</summary>
    public static TimeSpan? Remaining =>
        s_deadline.Value is { } deadline ? Max(TimeSpan.Zero, Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline)) : null;

    /// <summary>The Stopwatch timestamp <paramref name="duration"/> after <paramref name="start"/>; infinite gives <see cref="long.MaxValue"/>.</summary>
    public static long After(long start, TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? long.MaxValue : start + (long)(duration.Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
