namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// Tracks <see cref="Position"/>, the highest ordering below which nothing can still appear, for a store whose
/// transactions may commit out of ordering order (PostgreSQL). A reader that delivers only events at or below it never
/// skips one, and passes a gap as soon as nothing can fill it any more.
/// <para>
/// Why it is correct. The journal's ordering comes from a sequence with cache 1, so values are handed out in time
/// order; a statement-level trigger gives every writing transaction its transaction id before the statement takes any
/// ordering. Say snapshot S1 shows orderings up to M but not some <c>g &lt; M</c>. The transaction T that took
/// <c>g</c> took it before M was taken, so before S1, and got its id before that. Right after S1 the reader takes a
/// fresh transaction id X of its own (and commits it), so <c>T &lt; X</c>. In any later snapshot S2, X has ended, so
/// every id below X that is still running is listed in S2 and <c>xmin(S2) &lt;= T</c> while T runs. Hence once
/// <c>xmin(S2) &gt;= X</c>, T has ended: had it committed <c>g</c>, S2 and every later read would show it. So every
/// ordering up to M is then settled, whether filled (read it) or empty for good (an aborted transaction or a deleted
/// event). (A snapshot's own xmax is not enough: a running transaction whose id is above the last completed one is
/// not listed in it.) A gap is waited for exactly as long as a transaction that began before it was seen runs.
/// </para>
/// </summary>
internal sealed class OrderingFrontier(long position)
{
    private (ulong TransactionId, long UpTo)? _pendingGap;

    public long Position { get; private set; } = position;

    /// <summary>The highest ordering seen in any window (settled or not).</summary>
    public long HighestSeen { get; private set; } = position;

    /// <summary>
    /// Moves <see cref="Position"/> as far as <paramref name="window"/> (read above <see cref="Position"/>) allows,
    /// without touching the database, so the caller may trust every event it read after that window up to the new position.
    /// </summary>
    public FrontierStep Apply(OrderingWindow window, int pageSize)
    {
        HighestSeen = Math.Max(HighestSeen, window.MaxOrdering);
        if (_pendingGap is { } gap && window.XMin >= gap.TransactionId)
        {
            _pendingGap = null;
            Position = Math.Max(Position, gap.UpTo);
        }
        foreach (var ordering in window.Orderings)
        {
            if (ordering <= Position)
            {
                continue;
            }
            if (ordering != Position + 1)
            {
                return _pendingGap is null ? FrontierStep.GapSeen : FrontierStep.Waiting;
            }
            Position = ordering;
        }
        return window.Orderings.Count < pageSize ? FrontierStep.Settled : FrontierStep.ReadMore;
    }

    /// <summary>
    /// Records a gap first seen in <paramref name="window"/>: <paramref name="transactionId"/> must have been taken
    /// (and committed) after that window was read.
    /// </summary>
    public void MarkGap(OrderingWindow window, ulong transactionId) => _pendingGap = (transactionId, window.MaxOrdering);
}
