namespace ActorOrchestrator.Actors.Persistence.Snapshots;

/// <summary>Bounds (inclusive) on the sequence number and timestamp of the snapshots to load or delete.</summary>
public sealed record SnapshotSelectionCriteria(
    long MaxSequenceNr = long.MaxValue,
    DateTimeOffset? MaxTimestamp = null,
    long MinSequenceNr = 0,
    DateTimeOffset? MinTimestamp = null)
{
    /// <summary>Every snapshot; loading with it yields the latest.</summary>
    public static SnapshotSelectionCriteria Latest { get; } = new();

    /// <summary>No snapshot at all (recovery from events only).</summary>
    public static SnapshotSelectionCriteria None { get; } = new(MaxSequenceNr: 0, MinSequenceNr: 1);
}
