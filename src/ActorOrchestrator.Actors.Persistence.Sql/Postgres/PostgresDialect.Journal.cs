using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Npgsql;
using NpgsqlTypes;

namespace ActorOrchestrator.Actors.Persistence.Sql.Postgres;

internal sealed partial class PostgresDialect
{
    /// <summary>
    /// One transaction per batch: a single INSERT ... SELECT FROM unnest(arrays) ... ON CONFLICT DO NOTHING RETURNING,
    /// which also fills the tag table, then COMMIT: two round trips however many events. Rows come back for what was
    /// stored; a request missing any row hit a taken sequence number, so its other rows are deleted again in the same
    /// transaction and it alone fails. Duplicates inside the batch are caught before the insert.
    /// </summary>
    public async Task WriteBatchAsync(IReadOnlyList<WriteRequest> batch, CancellationToken cancellationToken)
    {
        MarkDuplicatesInBatch(batch);
        var events = batch.Where(r => r.Conflict is null).SelectMany(r => r.Writes).SelectMany(w => w).ToList();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = await InsertAsync(connection, events, cancellationToken).ConfigureAwait(false);
        var undo = new List<long>();
        foreach (var request in batch.Where(r => r.Conflict is null))
        {
            AssignOrderings(request, stored, undo);
        }
        if (undo.Count > 0)
        {
            await using var delete = new NpgsqlCommand(
                $"DELETE FROM {_schema}.event_tag WHERE ordering = ANY(@o); DELETE FROM {_schema}.journal WHERE ordering = ANY(@o);", connection);
            delete.Parameters.AddWithValue("@o", undo.ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void MarkDuplicatesInBatch(IReadOnlyList<WriteRequest> batch)
    {
        var seen = new HashSet<(string, long)>();
        foreach (var request in batch)
        {
            var duplicate = request.Writes.SelectMany(w => w).FirstOrDefault(e => !seen.Add((e.PersistenceId, e.SequenceNr)));
            if (duplicate is not null)
            {
                request.Conflict = new SequenceNumberConflictException(duplicate.PersistenceId, duplicate.SequenceNr);
            }
        }
    }

    private static void AssignOrderings(WriteRequest request, Dictionary<(string, long), long> stored, List<long> undo)
    {
        var orderings = new long[request.Writes.Count][];
        SerializedEvent? missing = null;
        for (var w = 0; w < request.Writes.Count; w++)
        {
            var write = request.Writes[w];
            orderings[w] = new long[write.Count];
            for (var i = 0; i < write.Count; i++)
            {
                if (stored.TryGetValue((write[i].PersistenceId, write[i].SequenceNr), out var ordering))
                {
                    orderings[w][i] = ordering;
                }
                else
                {
                    missing ??= write[i];
                }
            }
        }
        if (missing is null)
        {
            request.Orderings = orderings;
            return;
        }
        request.Conflict = new SequenceNumberConflictException(missing.PersistenceId, missing.SequenceNr);
        undo.AddRange(orderings.SelectMany(o => o).Where(o => o != 0));
    }

    private async Task<Dictionary<(string, long), long>> InsertAsync(NpgsqlConnection connection, List<SerializedEvent> events, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string, long), long>(events.Count);
        if (events.Count == 0)
        {
            return stored;
        }
        await using var insert = new NpgsqlCommand($"""
            WITH input AS (
                SELECT * FROM unnest(@pid, @seq, @manifest, @payload, @tags, @ts, @writer) WITH ORDINALITY
                    AS i (persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id, n)
            ), inserted AS (
                INSERT INTO {_schema}.journal (persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id)
                SELECT persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id FROM input ORDER BY n
                ON CONFLICT (persistence_id, sequence_nr) DO NOTHING
                RETURNING ordering, persistence_id, sequence_nr, tags
            ), tagged AS (
                INSERT INTO {_schema}.event_tag (tag, ordering)
                SELECT unnest(string_to_array(tags, ',')), ordering FROM inserted WHERE tags IS NOT NULL
            )
            SELECT ordering, persistence_id, sequence_nr FROM inserted
            """, connection);
        var count = events.Count;
        var pid = new string[count];
        var seq = new long[count];
        var manifest = new string[count];
        var payload = new string[count];
        var tags = new string?[count];
        var ts = new long[count];
        var writer = new string[count];
        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            pid[i] = e.PersistenceId;
            seq[i] = e.SequenceNr;
            manifest[i] = e.Manifest;
            payload[i] = e.Payload;
            tags[i] = e.Tags;
            ts[i] = e.TimestampUnixMs;
            writer[i] = e.WriterId;
        }
        insert.Parameters.Add(new NpgsqlParameter<string[]>("@pid", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = pid });
        insert.Parameters.Add(new NpgsqlParameter<long[]>("@seq", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = seq });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("@manifest", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = manifest });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("@payload", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = payload });
        insert.Parameters.Add(new NpgsqlParameter<string?[]>("@tags", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = tags });
        insert.Parameters.Add(new NpgsqlParameter<long[]>("@ts", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = ts });
        insert.Parameters.Add(new NpgsqlParameter<string[]>("@writer", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = writer });
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            stored[(reader.GetString(1), reader.GetInt64(2))] = reader.GetInt64(0);
        }
        return stored;
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadEventsByPersistenceIdAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, int max, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            SELECT {StoredEventReader.Columns} FROM {_schema}.journal
            WHERE persistence_id = @pid AND sequence_nr >= @from AND sequence_nr <= @to AND NOT deleted
            ORDER BY sequence_nr LIMIT @max
            """);
        command.Parameters.AddWithValue("@pid", persistenceId);
        command.Parameters.AddWithValue("@from", fromSequenceNr);
        command.Parameters.AddWithValue("@to", toSequenceNr);
        command.Parameters.AddWithValue("@max", max);
        return await StoredEventReader.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT COALESCE(MAX(sequence_nr), 0) FROM {_schema}.journal WHERE persistence_id = @pid");
        command.Parameters.AddWithValue("@pid", persistenceId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Removes the events up to <paramref name="toSequenceNr"/> but keeps the entity's highest one as a flagged tombstone.</summary>
    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"""
            DELETE FROM {_schema}.event_tag WHERE ordering IN
                (SELECT ordering FROM {_schema}.journal WHERE persistence_id = @pid AND sequence_nr <= @to);
            UPDATE {_schema}.journal SET deleted = TRUE
                WHERE persistence_id = @pid AND sequence_nr <= @to
                AND sequence_nr = (SELECT MAX(sequence_nr) FROM {_schema}.journal WHERE persistence_id = @pid);
            DELETE FROM {_schema}.journal WHERE persistence_id = @pid AND sequence_nr <= @to
                AND sequence_nr < (SELECT MAX(sequence_nr) FROM {_schema}.journal WHERE persistence_id = @pid);
            """, connection);
        command.Parameters.AddWithValue("@pid", persistenceId);
        command.Parameters.AddWithValue("@to", toSequenceNr);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
