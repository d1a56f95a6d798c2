using System.Globalization;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Npgsql;

namespace ActorOrchestrator.Actors.Persistence.Sql.Postgres;

internal sealed partial class PostgresDialect
{
    public async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string? tag, long after, long upTo, int max, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(tag is null
            ? $"""
               SELECT {StoredEventReader.Columns} FROM {_schema}.journal
               WHERE ordering > @after AND ordering <= @upto AND NOT deleted ORDER BY ordering LIMIT @max
               """
            : $"""
               SELECT j.ordering, j.persistence_id, j.sequence_nr, j.manifest, j.payload, j.tags, j.timestamp, j.writer_id
               FROM {_schema}.event_tag t JOIN {_schema}.journal j ON j.ordering = t.ordering
               WHERE t.tag = @tag AND t.ordering > @after AND t.ordering <= @upto AND NOT j.deleted
               ORDER BY t.ordering LIMIT @max
               """);
        if (tag is not null)
        {
            command.Parameters.AddWithValue("@tag", tag);
        }
        command.Parameters.AddWithValue("@after", after);
        command.Parameters.AddWithValue("@upto", upTo);
        command.Parameters.AddWithValue("@max", max);
        return await StoredEventReader.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One statement, hence one snapshot: its transaction horizon (<c>pg_current_snapshot()</c> is the statement's own
    /// snapshot), the highest ordering, and the orderings above <paramref name="after"/>, read from the primary key index.
    /// </summary>
    public async Task<OrderingWindow> ReadOrderingWindowAsync(long after, int max, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            SELECT pg_snapshot_xmin(pg_current_snapshot())::text,
                COALESCE((SELECT MAX(ordering) FROM {_schema}.journal), 0),
                ARRAY(SELECT ordering FROM {_schema}.journal WHERE ordering > @after ORDER BY ordering LIMIT @max)
            """);
        command.Parameters.AddWithValue("@after", after);
        command.Parameters.AddWithValue("@max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new OrderingWindow(
            reader.GetFieldValue<long[]>(2),
            reader.GetInt64(1),
            ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
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
