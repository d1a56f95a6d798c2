namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// Tracks <see cref="Position"/>, the highest ordering below which nothing can still appear, for a store whose
/// transactions may commit out of ordering order (PostgreSQL). A reader that delivers only events at or below it never
/// skips one.
/// <para>
/// Why it is correct. The journal's ordering comes from a sequence (cache 1), so values are handed out in time order,
/// and a statement-level trigger gives every writing transaction its transaction id before it takes any ordering. Take a
/// snapshot S1 in which ordering <c>o</c> is visible but some <c>g &lt; o</c> is not. The transaction T that took
/// <c>g</c> took it before <c>o</c> was taken, hence before S1, and its id was assigned before that, so
/// <c>T &lt; xmax(S1)</c>. Once a later snapshot S2 has <c>xmin(S2) &gt;= xmax(S1)</c>, T had ended when S2 was taken:
/// had it committed <c>g</c>, S2 would show it; since S2 does not, <c>g</c> is empty for good (an aborted transaction,
/// or a deleted event). So every ordering up to the highest one visible in S1 is settled once the horizon passes
/// <c>xmax(S1)</c>; a contiguous run of visible orderings is settled at once. A gap is waited for only while a
/// transaction that might fill it is still running, however long that is, and is passed as soon as none is.
/// </para>
/// </summary>
internal sealed class OrderingFrontier(long position)
{
    private (ulong Watermark, long UpTo)? _pendingGap;

    public long Position { get; private set; } = position;

    /// <summary>The highest ordering seen in the latest window (settled or not).</summary>
    public long HighestSeen { get; private set; } = position;

    public async Task AdvanceAsync(IOrderingWindowReader dialect, int pageSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var window = await dialect.ReadOrderingWindowAsync(Position, pageSize, cancellationToken).ConfigureAwait(false);
            HighestSeen = Math.Max(HighestSeen, window.MaxOrdering);
            if (_pendingGap is { } gap && window.XMin >= gap.Watermark)
            {
                _pendingGap = null;
                if (gap.UpTo > Position)
                {
                    Position = gap.UpTo;
                    continue;
                }
            }
            var blocked = false;
            foreach (var ordering in window.Orderings)
            {
                if (ordering <= Position)
                {
                    continue;
                }
                if (ordering != Position + 1)
                {
                    blocked = true;
                    break;
                }
                Position = ordering;
            }
            if (!blocked)
            {
                if (window.Orderings.Count < pageSize)
                {
                    return;
                }
                continue;
            }
            if (window.XMin >= window.XMax)
            {
                // No transaction at all was running when this window was read: every gap below its top is settled.
                Position = Math.Max(Position, window.MaxOrdering);
                continue;
            }
            _pendingGap ??= (window.XMax, window.MaxOrdering);
            return;
        }
    }
}
