namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// The accepted atomic writes of one caller, waiting for group commit. The dialect records the outcome in
/// <see cref="Orderings"/> or <see cref="Conflict"/>; the writer completes <see cref="Completion"/> only after commit.
/// </summary>
internal sealed class WriteRequest
{
    public WriteRequest(IReadOnlyList<IReadOnlyList<SerializedEvent>> writes)
    {
        Writes = writes;
        if (writes.Count == 1)
        {
            EventCount = writes[0].Count;
            PersistenceIds = [writes[0][0].PersistenceId];
        }
        else
        {
            EventCount = writes.Sum(w => w.Count);
            PersistenceIds = writes.Select(w => w[0].PersistenceId).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>Each inner list is one atomic write (one persistence id).</summary>
    public IReadOnlyList<IReadOnlyList<SerializedEvent>> Writes { get; }

    public int EventCount { get; }

    public IReadOnlyList<string> PersistenceIds { get; }

    public TaskCompletionSource<long[][]> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The ordering of each event of each write, set by the dialect inside the transaction.</summary>
    public long[][]? Orderings { get; set; }

    /// <summary>Set instead of <see cref="Orderings"/> when a sequence number was taken; nothing of the request is stored.</summary>
    public Exception? Conflict { get; set; }

    public void ResetOutcome()
    {
        Orderings = null;
        Conflict = null;
    }
}
