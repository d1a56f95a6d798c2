using System.Runtime.CompilerServices;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// The query side: pages through the journal, and for the live forms waits between pages for a local commit
/// (<see cref="JournalWriteSignal"/>) or the poll interval, whichever comes first. Streams by tag and of all events
/// deliver only up to the <see cref="OrderingFrontier"/> where transactions may commit out of order.
/// </summary>
internal sealed class SqlEventQueries(
    ISqlDialect dialect, EventConverter converter, JournalWriteSignal signal, QuerySettings settings, CancellationToken storeClosing) : IEventQueries
{
    public IAsyncEnumerable<EventEnvelope> CurrentEventsByPersistenceId(
        string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken) =>
        ByPersistenceIdAsync(persistenceId, fromSequenceNr, toSequenceNr, live: false, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> EventsByPersistenceId(
        string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken) =>
        ByPersistenceIdAsync(persistenceId, fromSequenceNr, toSequenceNr, live: true, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long offset, CancellationToken cancellationToken) =>
        ByOrderingAsync(tag ?? throw new ArgumentNullException(nameof(tag)), offset, live: false, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long offset, CancellationToken cancellationToken) =>
        ByOrderingAsync(tag ?? throw new ArgumentNullException(nameof(tag)), offset, live: true, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long offset, CancellationToken cancellationToken) =>
        ByOrderingAsync(null, offset, live: false, cancellationToken);

    public IAsyncEnumerable<EventEnvelope> AllEvents(long offset, CancellationToken cancellationToken) =>
        ByOrderingAsync(null, offset, live: true, cancellationToken);

    private async IAsyncEnumerable<EventEnvelope> ByPersistenceIdAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, bool live, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = Math.Max(1, fromSequenceNr);
        while (true)
        {
            var wake = signal.Next;
            var page = await dialect.ReadEventsByPersistenceIdAsync(persistenceId, next, toSequenceNr, settings.BatchSize, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return converter.ToEnvelope(row);
                next = row.SequenceNr + 1;
            }
            if (next > toSequenceNr)
            {
                yield break;
            }
            if (page.Count == settings.BatchSize)
            {
                continue;
            }
            if (!live || !await WaitAsync(wake, cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    private async IAsyncEnumerable<EventEnvelope> ByOrderingAsync(
        string? tag, long offset, bool live, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (dialect is not ICommitOrderEventReader inOrder)
        {
            await foreach (var e in BehindFrontierAsync((IOrderingWindowReader)dialect, tag, offset, live, cancellationToken).ConfigureAwait(false))
            {
                yield return e;
            }
            yield break;
        }
        while (true)
        {
            var wake = signal.Next;
            var page = await inOrder.ReadEventsAsync(tag, offset, settings.BatchSize, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return converter.ToEnvelope(row);
                offset = row.Ordering;
            }
            if (page.Count == settings.BatchSize)
            {
                continue;
            }
            if (!live || !await WaitAsync(wake, cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Where commits may land out of ordering order: each round trip reads the ordering window and the next events
    /// together, and only events at or below the advanced <see cref="OrderingFrontier"/> are delivered; the rest are
    /// read again once it has moved past them.
    /// </summary>
    private async IAsyncEnumerable<EventEnvelope> BehindFrontierAsync(
        IOrderingWindowReader windows, string? tag, long offset, bool live, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var frontier = new OrderingFrontier(offset);
        long? currentTarget = null;
        while (true)
        {
            var wake = signal.Next;
            var (window, page) = await windows.ReadWindowAndEventsAsync(frontier.Position, tag, offset, settings.BatchSize, cancellationToken)
                .ConfigureAwait(false);
            var step = frontier.Apply(window, settings.BatchSize);
            if (step == FrontierStep.GapSeen)
            {
                frontier.MarkGap(window, await windows.TakeTransactionIdAsync(cancellationToken).ConfigureAwait(false));
            }
            // A current query returns everything committed before it started, waiting out in-flight transactions below that.
            currentTarget ??= frontier.HighestSeen;
            var upTo = frontier.Position;
            var held = false;
            foreach (var row in page)
            {
                if (row.Ordering > upTo)
                {
                    held = true;
                    break;
                }
                yield return converter.ToEnvelope(row);
                offset = row.Ordering;
            }
            if (page.Count == settings.BatchSize && !held)
            {
                continue;
            }
            // Every event up to the frontier was in this page.
            offset = Math.Max(offset, upTo);
            if (step is FrontierStep.ReadMore or FrontierStep.GapSeen)
            {
                continue;
            }
            if (!live && offset < currentTarget)
            {
                await WaitAsync(wake, cancellationToken, Math.Min(settings.PollInterval.TotalMilliseconds, 10)).ConfigureAwait(false);
                continue;
            }
            if (!live || !await WaitAsync(wake, cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>Waits for a local commit or the poll interval; false when the store is closing (closing also fires the signal).</summary>
    private async Task<bool> WaitAsync(Task wake, CancellationToken cancellationToken, double? milliseconds = null)
    {
        var interval = milliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : settings.PollInterval;
        try
        {
            await wake.WaitAsync(interval, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
        return !storeClosing.IsCancellationRequested;
    }
}
