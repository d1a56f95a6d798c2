using ActorOrchestrator.Actors.Persistence.Snapshots;
using ActorOrchestrator.Actors.Persistence.Sql.Common;

namespace ActorOrchestrator.Actors.Persistence.Sql.Postgres;

internal sealed partial class PostgresDialect
{
    public async Task<StoredSnapshot?> LoadSnapshotAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            SELECT persistence_id, sequence_nr, timestamp, manifest, payload FROM {_schema}.snapshot
            WHERE {SnapshotCriteriaBounds.Where} ORDER BY sequence_nr DESC LIMIT 1
            """);
        command.Parameters.AddWithValue("@pid", persistenceId);
        SnapshotCriteriaBounds.From(criteria).AddParameters((name, value) => command.Parameters.AddWithValue(name, value));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        return new StoredSnapshot(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4));
    }

    public async Task SaveSnapshotAsync(StoredSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            INSERT INTO {_schema}.snapshot (persistence_id, sequence_nr, timestamp, manifest, payload) VALUES (@pid, @seq, @ts, @manifest, @payload)
            ON CONFLICT (persistence_id, sequence_nr) DO UPDATE SET timestamp = excluded.timestamp, manifest = excluded.manifest, payload = excluded.payload
            """);
        command.Parameters.AddWithValue("@pid", snapshot.PersistenceId);
        command.Parameters.AddWithValue("@seq", snapshot.SequenceNr);
        command.Parameters.AddWithValue("@ts", snapshot.TimestampUnixMs);
        command.Parameters.AddWithValue("@manifest", snapshot.Manifest);
        command.Parameters.AddWithValue("@payload", snapshot.Payload);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteSnapshotsAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"DELETE FROM {_schema}.snapshot WHERE {SnapshotCriteriaBounds.Where}");
        command.Parameters.AddWithValue("@pid", persistenceId);
        SnapshotCriteriaBounds.From(criteria).AddParameters((name, value) => command.Parameters.AddWithValue(name, value));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAllButLatestSnapshotsAsync(string persistenceId, int keep, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            DELETE FROM {_schema}.snapshot WHERE persistence_id = @pid AND sequence_nr <
                (SELECT sequence_nr FROM {_schema}.snapshot WHERE persistence_id = @pid ORDER BY sequence_nr DESC LIMIT 1 OFFSET @skip)
            """);
        command.Parameters.AddWithValue("@pid", persistenceId);
        command.Parameters.AddWithValue("@skip", keep - 1);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
