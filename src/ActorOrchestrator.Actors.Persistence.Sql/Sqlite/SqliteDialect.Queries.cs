using ActorOrchestrator.Actors.Persistence.Sql.Common;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

internal sealed partial class SqliteDialect
{
    public async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string? tag, long after, int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = tag is null
            ? $"""
               SELECT {StoredEventReader.Columns} FROM journal
               WHERE ordering > @after AND deleted = 0 ORDER BY ordering LIMIT @max
               """
            : """
              SELECT j.ordering, j.persistence_id, j.sequence_nr, j.manifest, j.payload, j.tags, j.timestamp, j.writer_id
              FROM event_tag t JOIN journal j ON j.ordering = t.ordering
              WHERE t.tag = @tag AND t.ordering > @after AND j.deleted = 0
              ORDER BY t.ordering LIMIT @max
              """;
        if (tag is not null)
        {
            command.Parameters.AddWithValue("@tag", tag);
        }
        command.Parameters.AddWithValue("@after", after);
        command.Parameters.AddWithValue("@max", max);
        return await StoredEventReader.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
