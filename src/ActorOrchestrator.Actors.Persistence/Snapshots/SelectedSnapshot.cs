namespace ActorOrchestrator.Actors.Persistence.Snapshots;

/// <summary>A loaded snapshot and its metadata.</summary>
public sealed record SelectedSnapshot(SnapshotMetadata Metadata, object Snapshot);
