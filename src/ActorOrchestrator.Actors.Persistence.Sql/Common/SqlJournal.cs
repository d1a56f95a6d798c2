using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Query;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>The journal over a SQL dialect: serializes (rejecting what cannot be stored) and hands the rest to group commit.</summary>
internal sealed class SqlJournal(ISqlDialect dialect, GroupCommitWriter writer, EventConverter converter, int replayBatchSize) : IJournal
{
    public async Task<IReadOnlyList<AtomicWriteResult>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        cancellationToken.ThrowIfCancellationRequested();
        var results = new AtomicWriteResult?[writes.Count];
        var accepted = new List<IReadOnlyList<SerializedEvent>>(writes.Count);
        var acceptedIndex = new List<int>(writes.Count);
        for (var i = 0; i < writes.Count; i++)
        {
            try
            {
                accepted.Add(converter.Serialize(writes[i]));
                acceptedIndex.Add(i);
            }
            catch (EventRejectedException rejection)
            {
                results[i] = AtomicWriteResult.Rejected(rejection);
            }
        }
        if (accepted.Count > 0)
        {
            var orderings = await writer.SubmitAsync(new WriteRequest(accepted)).WaitAsync(cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < acceptedIndex.Count; k++)
            {
                results[acceptedIndex[k]] = AtomicWriteResult.Stored(orderings[k]);
            }
        }
        return results!;
    }

    /// <summary>Pages through the entity's events; the next page is read while the current one is deserialized and handed over.</summary>
    public async Task ReplayMessagesAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<EventEnvelope> onReplayed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onReplayed);
        var next = Math.Max(1, fromSequenceNr);
        if (max <= 0 || next > toSequenceNr)
        {
            return;
        }
        var remaining = max;
        var pageSize = (int)Math.Min(replayBatchSize, remaining);
        var reading = ReadPageAsync(persistenceId, next, toSequenceNr, pageSize, cancellationToken);
        while (reading is not null)
        {
            var page = await reading.ConfigureAwait(false);
            reading = null;
            remaining -= page.Count;
            if (page.Count == pageSize && remaining > 0 && page[^1].SequenceNr < toSequenceNr)
            {
                pageSize = (int)Math.Min(replayBatchSize, remaining);
                reading = ReadPageAsync(persistenceId, page[^1].SequenceNr + 1, toSequenceNr, pageSize, cancellationToken);
            }
            try
            {
                foreach (var row in page)
                {
                    onReplayed(converter.ToEnvelope(row));
                }
            }
            catch
            {
                if (reading is not null)
                {
                    await reading.ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
                }
                throw;
            }
        }
    }

    private Task<IReadOnlyList<StoredEvent>> ReadPageAsync(string persistenceId, long from, long to, int max, CancellationToken cancellationToken) =>
        Task.Run(() => dialect.ReadEventsByPersistenceIdAsync(persistenceId, from, to, max, cancellationToken), cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken) =>
        dialect.ReadHighestSequenceNrAsync(persistenceId, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        dialect.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);
}
