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

    public async Task ReplayMessagesAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<EventEnvelope> onReplayed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onReplayed);
        var next = Math.Max(1, fromSequenceNr);
        var remaining = max;
        while (remaining > 0 && next <= toSequenceNr)
        {
            var pageSize = (int)Math.Min(replayBatchSize, remaining);
            var page = await dialect.ReadEventsByPersistenceIdAsync(persistenceId, next, toSequenceNr, pageSize, cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                onReplayed(converter.ToEnvelope(row));
            }
            if (page.Count < pageSize)
            {
                return;
            }
            remaining -= page.Count;
            next = page[^1].SequenceNr + 1;
        }
    }

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken) =>
        dialect.ReadHighestSequenceNrAsync(persistenceId, cancellationToken);

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        dialect.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);
}
