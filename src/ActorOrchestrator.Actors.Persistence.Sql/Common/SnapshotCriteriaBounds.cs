using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>The selection criteria as the four inclusive bounds the SQL compares with.</summary>
internal readonly record struct SnapshotCriteriaBounds(long MinSequenceNr, long MaxSequenceNr, long MinTimestamp, long MaxTimestamp)
{
    public const string Where =
        "persistence_id = @pid AND sequence_nr >= @min_seq AND sequence_nr <= @max_seq AND timestamp >= @min_ts AND timestamp <= @max_ts";

    public static SnapshotCriteriaBounds From(SnapshotSelectionCriteria criteria) => new(
        criteria.MinSequenceNr,
        criteria.MaxSequenceNr,
        criteria.MinTimestamp?.ToUnixTimeMilliseconds() ?? long.MinValue,
        criteria.MaxTimestamp?.ToUnixTimeMilliseconds() ?? long.MaxValue);

    public void AddParameters(Action<string, object> add)
    {
        add("@min_seq", MinSequenceNr);
        add("@max_seq", MaxSequenceNr);
        add("@min_ts", MinTimestamp);
        add("@max_ts", MaxTimestamp);
    }
}

