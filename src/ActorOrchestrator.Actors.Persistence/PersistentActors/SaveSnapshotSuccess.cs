using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Reply to <c>SaveSnapshot</c>: the snapshot is stored (older ones beyond the retention are being deleted).</summary>
public sealed record SaveSnapshotSuccess(SnapshotMetadata Metadata);
