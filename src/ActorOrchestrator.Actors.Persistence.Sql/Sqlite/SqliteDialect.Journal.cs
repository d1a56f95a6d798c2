using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Microsoft.Data.Sqlite;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

internal sealed partial class SqliteDialect
{
    private SqliteCommand? _insertEvent;
    private SqliteCommand? _insertTag;

    /// <summary>
    /// One IMMEDIATE transaction per batch, inserting through two prepared statements. A request whose sequence number is
    /// taken rolls the transaction back; it is marked as a conflict and the batch is written again without it, so one
    /// stale writer never fails the others.
    /// </summary>
    public Task WriteBatchAsync(IReadOnlyList<WriteRequest> batch, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (insertEvent, insertTag) = PreparedInserts();
            using var transaction = Writer.BeginTransaction(deferred: false);
            insertEvent.Transaction = transaction;
            insertTag.Transaction = transaction;
            var conflict = false;
            foreach (var request in batch)
            {
                if (request.Conflict is not null)
                {
                    continue;
                }
                if (!TryInsert(request, insertEvent, insertTag))
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

    private static bool TryInsert(WriteRequest request, SqliteCommand insertEvent, SqliteCommand insertTag)
    {
        var orderings = new long[request.Writes.Count][];
        for (var w = 0; w < request.Writes.Count; w++)
        {
            var write = request.Writes[w];
            orderings[w] = new long[write.Count];
            for (var i = 0; i < write.Count; i++)
            {
                var e = write[i];
                var p = insertEvent.Parameters;
                p[0].Value = e.PersistenceId;
                p[1].Value = e.SequenceNr;
                p[2].Value = e.Manifest;
                p[3].Value = e.Payload;
                p[4].Value = (object?)e.Tags ?? DBNull.Value;
                p[5].Value = e.TimestampUnixMs;
                p[6].Value = e.WriterId;
                long ordering;
                try
                {
                    ordering = (long)insertEvent.ExecuteScalar()!;
                }
                catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintUnique)
                {
                    request.Conflict = new SequenceNumberConflictException(e.PersistenceId, e.SequenceNr);
                    return false;
                }
                orderings[w][i] = ordering;
                foreach (var tag in e.TagList)
                {
                    insertTag.Parameters[0].Value = tag;
                    insertTag.Parameters[1].Value = ordering;
                    insertTag.ExecuteNonQuery();
                }
            }
        }
        request.Orderings = orderings;
        return true;
    }

    private (SqliteCommand InsertEvent, SqliteCommand InsertTag) PreparedInserts()
    {
        if (_insertEvent is null || _insertTag is null)
        {
            _insertEvent = Writer.CreateCommand();
            _insertEvent.CommandText = """
                INSERT INTO journal (persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id)
                VALUES (@pid, @seq, @manifest, @payload, @tags, @ts, @writer) RETURNING ordering
                """;
            foreach (var name in (string[])["@pid", "@seq", "@manifest", "@payload", "@tags", "@ts", "@writer"])
            {
                _insertEvent.Parameters.Add(new SqliteParameter(name, null));
            }
            _insertTag = Writer.CreateCommand();
            _insertTag.CommandText = "INSERT INTO event_tag (tag, ordering) VALUES (@tag, @ordering)";
            _insertTag.Parameters.Add(new SqliteParameter("@tag", null));
            _insertTag.Parameters.Add(new SqliteParameter("@ordering", null));
        }
        return (_insertEvent, _insertTag);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadEventsByPersistenceIdAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {StoredEventReader.Columns} FROM journal
            WHERE persistence_id = @pid AND sequence_nr >= @from AND sequence_nr <= @to AND deleted = 0
            ORDER BY sequence_nr LIMIT @max
            """;
        command.Parameters.AddWithValue("@pid", persistenceId);
        command.Parameters.AddWithValue("@from", fromSequenceNr);
        command.Parameters.AddWithValue("@to", toSequenceNr);
        command.Parameters.AddWithValue("@max", max);
        return await StoredEventReader.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
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
