using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>Reply to <c>SaveSnapshot</c>: the snapshot could not be stored; the actor keeps running.</summary>
public sealed record SaveSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);
