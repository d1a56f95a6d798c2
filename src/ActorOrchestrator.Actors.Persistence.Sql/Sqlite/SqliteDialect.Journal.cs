using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Microsoft.Data.Sqlite;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

internal sealed partial class SqliteDialect
{
    /// <summary>
    /// One IMMEDIATE transaction per batch, inserting through two statements prepared once on the writer connection and
    /// driven through SQLite's own API (bind, step, reset), the cheapest way per row. A request whose sequence number is
    /// taken rolls the transaction back; it is marked as a conflict and the batch is written again without it, so one
    /// stale writer never fails the others.
    /// </summary>
    public Task WriteBatchAsync(IReadOnlyList<WriteRequest> batch, CancellationToken cancellationToken)
    {
        var inserts = _inserts ??= new SqliteInserts(Writer);
        while (true)
        {
            using var transaction = Writer.BeginTransaction(deferred: false);
            var conflict = false;
            foreach (var request in batch)
            {
                if (request.Conflict is null && !inserts.TryInsert(request))
                {
                    conflict = true;
                    break;
                }
            }
            if (conflict)
            {
                transaction.Rollback();
                foreach (var request in batch)
                {
                    request.Orderings = null;
                }
                continue;
            }
            transaction.Commit();
            return Task.CompletedTask;
        }
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadEventsByPersistenceIdAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return SqliteReplayReader.Read(connection, persistenceId, fromSequenceNr, toSequenceNr, max);
    }

    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(sequence_nr), 0) FROM journal WHERE persistence_id = @pid";
        command.Parameters.AddWithValue("@pid", persistenceId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Removes the events up to <paramref name="toSequenceNr"/> but keeps the entity's highest one as a flagged tombstone.</summary>
    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM event_tag WHERE ordering IN
                (SELECT ordering FROM journal WHERE persistence_id = @pid AND sequence_nr <= @to);
            UPDATE journal SET deleted = 1
                WHERE persistence_id = @pid AND sequence_nr <= @to
                AND sequence_nr = (SELECT MAX(sequence_nr) FROM journal WHERE persistence_id = @pid);
            DELETE FROM journal WHERE persistence_id = @pid AND sequence_nr <= @to
                AND sequence_nr < (SELECT MAX(sequence_nr) FROM journal WHERE persistence_id = @pid);
            """;
        command.Parameters.AddWithValue("@pid", persistenceId);
        command.Parameters.AddWithValue("@to", toSequenceNr);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
