using System.Data;
using System.Data.Common;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>Reads journal rows selected with <see cref="Columns"/>, in that order, from either database.</summary>
internal static class StoredEventReader
{
    public const string Columns = "ordering, persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id";

    public static StoredEvent Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetInt64(6),
        reader.GetString(7));

    public static async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Read(reader));
        }
        return rows;
    }
}
