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
        var windows = dialect as IOrderingWindowReader;
        var frontier = windows is null ? null : new OrderingFrontier(offset);
        long? currentTarget = null;
        while (true)
        {
            var wake = signal.Next;
            var upTo = long.MaxValue;
            if (frontier is not null)
            {
                await frontier.AdvanceAsync(windows!, settings.BatchSize, cancellationToken).ConfigureAwait(false);
                // A current query returns everything committed before it started, waiting out in-flight transactions below that.
                currentTarget ??= frontier.HighestSeen;
                upTo = frontier.Position;
            }
            var page = await dialect.ReadEventsAsync(tag, offset, upTo, settings.BatchSize, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return converter.ToEnvelope(row);
                offset = row.Ordering;
            }
            if (page.Count == settings.BatchSize)
            {
                continue;
            }
            if (frontier is not null)
            {
                offset = Math.Max(offset, upTo);
                if (!live && offset < currentTarget)
                {
                    await WaitAsync(wake, cancellationToken, Math.Min(settings.PollInterval.TotalMilliseconds, 10)).ConfigureAwait(false);
                    continue;
                }
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
