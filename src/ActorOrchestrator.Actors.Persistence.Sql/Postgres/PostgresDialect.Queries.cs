using System.Globalization;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Sql.Postgres;

internal sealed partial class PostgresDialect
{
    /// <summary><c>pg_current_snapshot()</c> is the statement's own snapshot, the one its subqueries read.</summary>
    public async Task<(OrderingWindow Window, IReadOnlyList<StoredEvent> Events)> ReadWindowAndEventsAsync(
        long position, string? tag, long after, int max, CancellationToken cancellationToken)
    {
        await using var batch = _dataSource.CreateBatch();
        var window = new NpgsqlBatchCommand($"""
            SELECT pg_snapshot_xmin(pg_current_snapshot())::text,
                COALESCE((SELECT MAX(ordering) FROM {_schema}.journal), 0),
                ARRAY(SELECT ordering FROM {_schema}.journal WHERE ordering > $1 ORDER BY ordering LIMIT $2)
            """);
        window.Parameters.Add(new NpgsqlParameter<long> { TypedValue = position });
        window.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var events = new NpgsqlBatchCommand(tag is null
            ? $"""
               SELECT {StoredEventReader.Columns} FROM {_schema}.journal
               WHERE ordering > $1 AND NOT deleted ORDER BY ordering LIMIT $2
               """
            : $"""
               SELECT j.ordering, j.persistence_id, j.sequence_nr, j.manifest, j.payload, j.tags, j.timestamp, j.writer_id
               FROM {_schema}.event_tag t JOIN {_schema}.journal j ON j.ordering = t.ordering
               WHERE t.ordering > $1 AND NOT j.deleted AND t.tag = $3 ORDER BY t.ordering LIMIT $2
               """);
        events.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        events.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        if (tag is not null)
        {
            events.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tag });
        }
        batch.BatchCommands.Add(window);
        batch.BatchCommands.Add(events);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var read = new OrderingWindow(
            reader.GetFieldValue<long[]>(2), reader.GetInt64(1), ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<StoredEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(StoredEventReader.Read(reader));
        }
        return (read, rows);
    }

    /// <summary>The commit need not be flushed to disk: only its visibility to later snapshots matters.</summary>
    public async Task<ulong> TakeTransactionIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()::text, set_config('synchronous_commit', 'off', true)", connection);
        var id = ulong.Parse((string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!, CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }
}
