namespace ActorOrchestrator.Actors.Persistence.Snapshots;

/// <summary>Stores snapshots of entity state, keyed by persistence id and sequence number.</summary>
public interface ISnapshotStore
{
    /// <summary>The newest snapshot matching the criteria, or null. An unreadable snapshot fails with a <see cref="SnapshotLoadException"/>.</summary>
    Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot (replacing one with the same persistence id and sequence number). Its type must be registered.</summary>
    Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken);

    /// <summary>Deletes the one snapshot with this persistence id and sequence number.</summary>
    Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken);

    /// <summary>Deletes every snapshot of the persistence id that matches the criteria.</summary>
    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    /// <summary>Retention: keeps the newest <paramref name="keep"/> snapshots of the persistence id and deletes the older ones.</summary>
    Task DeleteAllButLatestAsync(string persistenceId, int keep, CancellationToken cancellationToken);
}
