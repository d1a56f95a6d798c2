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

    public async Task AdvanceAsync(IOrderingWindowReader store, int pageSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var window = await store.ReadOrderingWindowAsync(Position, pageSize, cancellationToken).ConfigureAwait(false);
            HighestSeen = Math.Max(HighestSeen, window.MaxOrdering);
            if (_pendingGap is { } gap && window.XMin >= gap.TransactionId)
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
            if (_pendingGap is not null)
            {
                return;
            }
            // Read again at once: usually nothing that could fill the gap is running and it is passed right away.
            _pendingGap = (await store.TakeTransactionIdAsync(cancellationToken).ConfigureAwait(false), window.MaxOrdering);
        }
    }
}
