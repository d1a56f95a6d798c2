using System.Text.Json;
using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>The snapshot store over a SQL dialect; snapshots are JSON under a registered manifest, like events.</summary>
internal sealed class SqlSnapshotStore(ISqlDialect dialect, EventConverter converter) : ISnapshotStore
{
    public async Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        var row = await dialect.LoadSnapshotAsync(persistenceId, criteria, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        object snapshot;
        try
        {
            snapshot = converter.Registry.Deserialize(row.Manifest, row.Payload);
        }
        catch (KeyNotFoundException exception)
        {
            throw new SnapshotLoadException(row.PersistenceId, row.SequenceNr, row.Manifest, exception.Message, exception);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new SnapshotLoadException(row.PersistenceId, row.SequenceNr, row.Manifest, $"the payload is not valid: {exception.Message}", exception);
        }
        return new SelectedSnapshot(
            new SnapshotMetadata(row.PersistenceId, row.SequenceNr, DateTimeOffset.FromUnixTimeMilliseconds(row.TimestampUnixMs)), snapshot);
    }

    public async Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var payload = converter.Registry.Serialize(snapshot);
        await dialect.SaveSnapshotAsync(
            new StoredSnapshot(metadata.PersistenceId, metadata.SequenceNr, metadata.Timestamp.ToUnixTimeMilliseconds(), payload.Manifest, payload.Json),
            cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return dialect.DeleteSnapshotsAsync(
            metadata.PersistenceId, new SnapshotSelectionCriteria(MaxSequenceNr: metadata.SequenceNr, MinSequenceNr: metadata.SequenceNr), cancellationToken);
    }

    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken) =>
        dialect.DeleteSnapshotsAsync(persistenceId, criteria, cancellationToken);

    public Task DeleteAllButLatestAsync(string persistenceId, int keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        return dialect.DeleteAllButLatestSnapshotsAsync(persistenceId, keep, cancellationToken);
    }
}
